import { getCurrentScope as dr, inject as $t, effectScope as fr, watch as _e, provide as At, defineComponent as Re, useSlots as Oa, onUnmounted as Ba, openBlock as E, createElementBlock as P, unref as H, createVNode as ae, withCtx as Ve, renderSlot as qe, computed as W, normalizeStyle as Te, normalizeClass as Ae, getCurrentInstance as Zt, reactive as sn, onScopeDispose as Dn, ref as me, nextTick as Ye, onBeforeMount as Ra, onMounted as tt, shallowRef as xt, toRef as De, createElementVNode as _, Fragment as ge, renderList as ze, onBeforeUnmount as jt, isMemoSame as Va, createBlock as Be, createCommentVNode as te, toDisplayString as F, isRef as Xo, toRefs as La, customRef as Ha, createPropsRestProxy as Fa, toValue as Ce, resolveComponent as hr, h as Ne, useAttrs as Ya, mergeProps as vr, resolveDynamicComponent as qo, createTextVNode as xe, markRaw as We, readonly as Xa, withModifiers as he, watchEffect as qa, withDirectives as qt, withKeys as dt, vModelText as ln, Teleport as Ga, vModelCheckbox as Ua } from "vue";
function un(e) {
  return dr() ? (Dn(e), !0) : !1;
}
function ft(e) {
  return typeof e == "function" ? e() : H(e);
}
const Wa = typeof window < "u" && typeof document < "u", Ka = (e) => typeof e < "u", Za = Object.prototype.toString, ja = (e) => Za.call(e) === "[object Object]", Ja = () => {
};
function Qa(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const mr = (e) => e();
function es(e = mr) {
  const t = me(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...r) => {
    t.value && e(...r);
  };
  return { isActive: Xa(t), pause: n, resume: o, eventFilter: i };
}
function li(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function ts(e, t, n = {}) {
  const {
    eventFilter: o = mr,
    ...i
  } = n;
  return _e(
    e,
    Qa(
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
  } = n, { eventFilter: r, pause: a, resume: s, isActive: l } = es(o);
  return { stop: ts(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: a, resume: s, isActive: l };
}
function ns(e, t = {}) {
  if (!Xo(e))
    return La(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Ha(() => ({
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
function No(e, t = !1) {
  function n(d, { flush: f = "sync", deep: h = !1, timeout: w, throwOnTimeout: m } = {}) {
    let y = null;
    const C = [new Promise((p) => {
      y = _e(
        e,
        (v) => {
          d(v) !== t && (y == null || y(), p(v));
        },
        {
          flush: f,
          deep: h,
          immediate: !0
        }
      );
    })];
    return w != null && C.push(
      li(w, m).then(() => ft(e)).finally(() => y == null ? void 0 : y())
    ), Promise.race(C);
  }
  function o(d, f) {
    if (!Xo(d))
      return n((v) => v === d, f);
    const { flush: h = "sync", deep: w = !1, timeout: m, throwOnTimeout: y } = f ?? {};
    let x = null;
    const p = [new Promise((v) => {
      x = _e(
        [e, d],
        ([z, R]) => {
          t !== (z === R) && (x == null || x(), v(z));
        },
        {
          flush: h,
          deep: w,
          immediate: !0
        }
      );
    })];
    return m != null && p.push(
      li(m, y).then(() => ft(e)).finally(() => (x == null || x(), ft(e)))
    ), Promise.race(p);
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
    return n((h) => {
      const w = Array.from(h);
      return w.includes(d) || w.includes(ft(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let h = -1;
    return n(() => (h += 1, h >= d), f);
  }
  return Array.isArray(ft(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return No(e, !t);
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
      return No(e, !t);
    }
  };
}
function Co(e) {
  return No(e);
}
function os(e) {
  var t;
  const n = ft(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const pr = Wa ? window : void 0;
function gr(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = pr) : [t, n, o, i] = e, !t)
    return Ja;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], a = () => {
    r.forEach((c) => c()), r.length = 0;
  }, s = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), l = _e(
    () => [os(t), ft(i)],
    ([c, d]) => {
      if (a(), !c)
        return;
      const f = ja(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((h) => o.map((w) => s(c, h, w, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), a();
  };
  return un(u), u;
}
function is(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function ui(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = pr,
    eventName: r = "keydown",
    passive: a = !1,
    dedupe: s = !1
  } = o, l = is(t);
  return gr(i, r, (c) => {
    c.repeat && ft(s) || l(c) && n(c);
  }, a);
}
function rs(e) {
  return JSON.parse(JSON.stringify(e));
}
function mo(e, t, n, o = {}) {
  var i, r, a;
  const {
    clone: s = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, h = Zt(), w = n || (h == null ? void 0 : h.emit) || ((i = h == null ? void 0 : h.$emit) == null ? void 0 : i.bind(h)) || ((a = (r = h == null ? void 0 : h.proxy) == null ? void 0 : r.$emit) == null ? void 0 : a.bind(h == null ? void 0 : h.proxy));
  let m = u;
  t || (t = "modelValue"), m = m || `update:${t.toString()}`;
  const y = (p) => s ? typeof s == "function" ? s(p) : rs(p) : p, x = () => Ka(e[t]) ? y(e[t]) : d, C = (p) => {
    f ? f(p) && w(m, p) : w(m, p);
  };
  if (l) {
    const p = x(), v = me(p);
    let z = !1;
    return _e(
      () => e[t],
      (R) => {
        z || (z = !0, v.value = y(R), Ye(() => z = !1));
      }
    ), _e(
      v,
      (R) => {
        !z && (R !== e[t] || c) && C(R);
      },
      { deep: c }
    ), v;
  } else
    return W({
      get() {
        return x();
      },
      set(p) {
        C(p);
      }
    });
}
var as = { value: () => {
} };
function Qn() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new zn(n);
}
function zn(e) {
  this._ = e;
}
function ss(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
zn.prototype = Qn.prototype = {
  constructor: zn,
  on: function(e, t) {
    var n = this._, o = ss(e + "", n), i, r = -1, a = o.length;
    if (arguments.length < 2) {
      for (; ++r < a; )
        if ((i = (e = o[r]).type) && (i = ls(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < a; )
      if (i = (e = o[r]).type)
        n[i] = ci(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = ci(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new zn(e);
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
function ls(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ci(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = as, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Mo = "http://www.w3.org/1999/xhtml";
const di = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Mo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function eo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), di.hasOwnProperty(t) ? { space: di[t], local: e } : e;
}
function us(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Mo && t.documentElement.namespaceURI === Mo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function cs(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function yr(e) {
  var t = eo(e);
  return (t.local ? cs : us)(t);
}
function ds() {
}
function Go(e) {
  return e == null ? ds : function() {
    return this.querySelector(e);
  };
}
function fs(e) {
  typeof e != "function" && (e = Go(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = new Array(a), l, u, c = 0; c < a; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Ke(o, this._parents);
}
function hs(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function vs() {
  return [];
}
function wr(e) {
  return e == null ? vs : function() {
    return this.querySelectorAll(e);
  };
}
function ms(e) {
  return function() {
    return hs(e.apply(this, arguments));
  };
}
function ps(e) {
  typeof e == "function" ? e = ms(e) : e = wr(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var a = t[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && (o.push(e.call(l, l.__data__, u, a)), i.push(l));
  return new Ke(o, i);
}
function xr(e) {
  return function() {
    return this.matches(e);
  };
}
function br(e) {
  return function(t) {
    return t.matches(e);
  };
}
var gs = Array.prototype.find;
function ys(e) {
  return function() {
    return gs.call(this.children, e);
  };
}
function ws() {
  return this.firstElementChild;
}
function xs(e) {
  return this.select(e == null ? ws : ys(typeof e == "function" ? e : br(e)));
}
var bs = Array.prototype.filter;
function _s() {
  return Array.from(this.children);
}
function ks(e) {
  return function() {
    return bs.call(this.children, e);
  };
}
function Ss(e) {
  return this.selectAll(e == null ? _s : ks(typeof e == "function" ? e : br(e)));
}
function $s(e) {
  typeof e != "function" && (e = xr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new Ke(o, this._parents);
}
function _r(e) {
  return new Array(e.length);
}
function Es() {
  return new Ke(this._enter || this._groups.map(_r), this._parents);
}
function Hn(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Hn.prototype = {
  constructor: Hn,
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
function Ns(e) {
  return function() {
    return e;
  };
}
function Cs(e, t, n, o, i, r) {
  for (var a = 0, s, l = t.length, u = r.length; a < u; ++a)
    (s = t[a]) ? (s.__data__ = r[a], o[a] = s) : n[a] = new Hn(e, r[a]);
  for (; a < l; ++a)
    (s = t[a]) && (i[a] = s);
}
function Ms(e, t, n, o, i, r, a) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = h = a.call(l, l.__data__, s, t) + "", u.has(h) ? i[s] = l : u.set(h, l));
  for (s = 0; s < d; ++s)
    h = a.call(e, r[s], s, r) + "", (l = u.get(h)) ? (o[s] = l, l.__data__ = r[s], u.delete(h)) : n[s] = new Hn(e, r[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(f[s]) === l && (i[s] = l);
}
function Is(e) {
  return e.__data__;
}
function Ts(e, t) {
  if (!arguments.length)
    return Array.from(this, Is);
  var n = t ? Ms : Cs, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Ns(e));
  for (var r = i.length, a = new Array(r), s = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = Ps(e.call(c, c && c.__data__, u, o)), w = h.length, m = s[u] = new Array(w), y = a[u] = new Array(w), x = l[u] = new Array(f);
    n(c, d, m, y, x, h, t);
    for (var C = 0, p = 0, v, z; C < w; ++C)
      if (v = m[C]) {
        for (C >= p && (p = C + 1); !(z = y[p]) && ++p < w; )
          ;
        v._next = z || null;
      }
  }
  return a = new Ke(a, o), a._enter = s, a._exit = l, a;
}
function Ps(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function As() {
  return new Ke(this._exit || this._groups.map(_r), this._parents);
}
function Ds(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function zs(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, a = Math.min(i, r), s = new Array(i), l = 0; l < a; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), h, w = 0; w < d; ++w)
      (h = u[w] || c[w]) && (f[w] = h);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Ke(s, this._parents);
}
function Os() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], a; --i >= 0; )
      (a = o[i]) && (r && a.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(a, r), r = a);
  return this;
}
function Bs(e) {
  e || (e = Rs);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var a = n[r], s = a.length, l = i[r] = new Array(s), u, c = 0; c < s; ++c)
      (u = a[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Ke(i, this._parents).order();
}
function Rs(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Vs() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Ls() {
  return Array.from(this);
}
function Hs() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var a = o[i];
      if (a)
        return a;
    }
  return null;
}
function Fs() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Ys() {
  return !this.node();
}
function Xs(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, a = i.length, s; r < a; ++r)
      (s = i[r]) && e.call(s, s.__data__, r, i);
  return this;
}
function qs(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Gs(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Us(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Ws(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Ks(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Zs(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function js(e, t) {
  var n = eo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Gs : qs : typeof t == "function" ? n.local ? Zs : Ks : n.local ? Ws : Us)(n, t));
}
function kr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Js(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Qs(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function el(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function tl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Js : typeof t == "function" ? el : Qs)(e, t, n ?? "")) : Gt(this.node(), e);
}
function Gt(e, t) {
  return e.style.getPropertyValue(t) || kr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function nl(e) {
  return function() {
    delete this[e];
  };
}
function ol(e, t) {
  return function() {
    this[e] = t;
  };
}
function il(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function rl(e, t) {
  return arguments.length > 1 ? this.each((t == null ? nl : typeof t == "function" ? il : ol)(e, t)) : this.node()[e];
}
function Sr(e) {
  return e.trim().split(/^|\s+/);
}
function Uo(e) {
  return e.classList || new $r(e);
}
function $r(e) {
  this._node = e, this._names = Sr(e.getAttribute("class") || "");
}
$r.prototype = {
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
function Er(e, t) {
  for (var n = Uo(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Nr(e, t) {
  for (var n = Uo(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function al(e) {
  return function() {
    Er(this, e);
  };
}
function sl(e) {
  return function() {
    Nr(this, e);
  };
}
function ll(e, t) {
  return function() {
    (t.apply(this, arguments) ? Er : Nr)(this, e);
  };
}
function ul(e, t) {
  var n = Sr(e + "");
  if (arguments.length < 2) {
    for (var o = Uo(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? ll : t ? al : sl)(n, t));
}
function cl() {
  this.textContent = "";
}
function dl(e) {
  return function() {
    this.textContent = e;
  };
}
function fl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function hl(e) {
  return arguments.length ? this.each(e == null ? cl : (typeof e == "function" ? fl : dl)(e)) : this.node().textContent;
}
function vl() {
  this.innerHTML = "";
}
function ml(e) {
  return function() {
    this.innerHTML = e;
  };
}
function pl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function gl(e) {
  return arguments.length ? this.each(e == null ? vl : (typeof e == "function" ? pl : ml)(e)) : this.node().innerHTML;
}
function yl() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function wl() {
  return this.each(yl);
}
function xl() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function bl() {
  return this.each(xl);
}
function _l(e) {
  var t = typeof e == "function" ? e : yr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function kl() {
  return null;
}
function Sl(e, t) {
  var n = typeof e == "function" ? e : yr(e), o = t == null ? kl : typeof t == "function" ? t : Go(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function $l() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function El() {
  return this.each($l);
}
function Nl() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Cl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Ml(e) {
  return this.select(e ? Cl : Nl);
}
function Il(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Tl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Pl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Al(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Dl(e, t, n) {
  return function() {
    var o = this.__on, i, r = Tl(t);
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
function zl(e, t, n) {
  var o = Pl(e + ""), i, r = o.length, a;
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
  for (s = t ? Dl : Al, i = 0; i < r; ++i)
    this.each(s(o[i], t, n));
  return this;
}
function Cr(e, t, n) {
  var o = kr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Ol(e, t) {
  return function() {
    return Cr(this, e, t);
  };
}
function Bl(e, t) {
  return function() {
    return Cr(this, e, t.apply(this, arguments));
  };
}
function Rl(e, t) {
  return this.each((typeof t == "function" ? Bl : Ol)(e, t));
}
function* Vl() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, a; i < r; ++i)
      (a = o[i]) && (yield a);
}
var Mr = [null];
function Ke(e, t) {
  this._groups = e, this._parents = t;
}
function wn() {
  return new Ke([[document.documentElement]], Mr);
}
function Ll() {
  return this;
}
Ke.prototype = wn.prototype = {
  constructor: Ke,
  select: fs,
  selectAll: ps,
  selectChild: xs,
  selectChildren: Ss,
  filter: $s,
  data: Ts,
  enter: Es,
  exit: As,
  join: Ds,
  merge: zs,
  selection: Ll,
  order: Os,
  sort: Bs,
  call: Vs,
  nodes: Ls,
  node: Hs,
  size: Fs,
  empty: Ys,
  each: Xs,
  attr: js,
  style: tl,
  property: rl,
  classed: ul,
  text: hl,
  html: gl,
  raise: wl,
  lower: bl,
  append: _l,
  insert: Sl,
  remove: El,
  clone: Ml,
  datum: Il,
  on: zl,
  dispatch: Rl,
  [Symbol.iterator]: Vl
};
function Qe(e) {
  return typeof e == "string" ? new Ke([[document.querySelector(e)]], [document.documentElement]) : new Ke([[e]], Mr);
}
function Hl(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function it(e, t) {
  if (e = Hl(e), t === void 0 && (t = e.currentTarget), t) {
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
const Fl = { passive: !1 }, cn = { capture: !0, passive: !1 };
function po(e) {
  e.stopImmediatePropagation();
}
function Ht(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ir(e) {
  var t = e.document.documentElement, n = Qe(e).on("dragstart.drag", Ht, cn);
  "onselectstart" in t ? n.on("selectstart.drag", Ht, cn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Tr(e, t) {
  var n = e.document.documentElement, o = Qe(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ht, cn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const kn = (e) => () => e;
function Io(e, {
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
Io.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Yl(e) {
  return !e.ctrlKey && !e.button;
}
function Xl() {
  return this.parentNode;
}
function ql(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Gl() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ul() {
  var e = Yl, t = Xl, n = ql, o = Gl, i = {}, r = Qn("start", "drag", "end"), a = 0, s, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", h).filter(o).on("touchstart.drag", y).on("touchmove.drag", x, Fl).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(v, z) {
    if (!(c || !e.call(this, v, z))) {
      var R = p(this, t.call(this, v, z), v, z, "mouse");
      R && (Qe(v.view).on("mousemove.drag", w, cn).on("mouseup.drag", m, cn), Ir(v.view), po(v), u = !1, s = v.clientX, l = v.clientY, R("start", v));
    }
  }
  function w(v) {
    if (Ht(v), !u) {
      var z = v.clientX - s, R = v.clientY - l;
      u = z * z + R * R > d;
    }
    i.mouse("drag", v);
  }
  function m(v) {
    Qe(v.view).on("mousemove.drag mouseup.drag", null), Tr(v.view, u), Ht(v), i.mouse("end", v);
  }
  function y(v, z) {
    if (e.call(this, v, z)) {
      var R = v.changedTouches, Y = t.call(this, v, z), B = R.length, U, Z;
      for (U = 0; U < B; ++U)
        (Z = p(this, Y, v, z, R[U].identifier, R[U])) && (po(v), Z("start", v, R[U]));
    }
  }
  function x(v) {
    var z = v.changedTouches, R = z.length, Y, B;
    for (Y = 0; Y < R; ++Y)
      (B = i[z[Y].identifier]) && (Ht(v), B("drag", v, z[Y]));
  }
  function C(v) {
    var z = v.changedTouches, R = z.length, Y, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < R; ++Y)
      (B = i[z[Y].identifier]) && (po(v), B("end", v, z[Y]));
  }
  function p(v, z, R, Y, B, U) {
    var Z = r.copy(), X = it(U || R, z), N, j, k;
    if ((k = n.call(v, new Io("beforestart", {
      sourceEvent: R,
      target: f,
      identifier: B,
      active: a,
      x: X[0],
      y: X[1],
      dx: 0,
      dy: 0,
      dispatch: Z
    }), Y)) != null)
      return N = k.x - X[0] || 0, j = k.y - X[1] || 0, function L(I, D, M) {
        var V = X, G;
        switch (I) {
          case "start":
            i[B] = L, G = a++;
            break;
          case "end":
            delete i[B], --a;
          case "drag":
            X = it(M || D, z), G = a;
            break;
        }
        Z.call(
          I,
          v,
          new Io(I, {
            sourceEvent: D,
            subject: k,
            target: f,
            identifier: B,
            active: G,
            x: X[0] + N,
            y: X[1] + j,
            dx: X[0] - V[0],
            dy: X[1] - V[1],
            dispatch: Z
          }),
          Y
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : kn(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : kn(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : kn(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : kn(!!v), f) : o;
  }, f.on = function() {
    var v = r.on.apply(r, arguments);
    return v === r ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
function Wo(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Pr(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function xn() {
}
var dn = 0.7, Fn = 1 / dn, Ft = "\\s*([+-]?\\d+)\\s*", fn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", st = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Wl = /^#([0-9a-f]{3,8})$/, Kl = new RegExp(`^rgb\\(${Ft},${Ft},${Ft}\\)$`), Zl = new RegExp(`^rgb\\(${st},${st},${st}\\)$`), jl = new RegExp(`^rgba\\(${Ft},${Ft},${Ft},${fn}\\)$`), Jl = new RegExp(`^rgba\\(${st},${st},${st},${fn}\\)$`), Ql = new RegExp(`^hsl\\(${fn},${st},${st}\\)$`), eu = new RegExp(`^hsla\\(${fn},${st},${st},${fn}\\)$`), fi = {
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
Wo(xn, Dt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: hi,
  // Deprecated! Use color.formatHex.
  formatHex: hi,
  formatHex8: tu,
  formatHsl: nu,
  formatRgb: vi,
  toString: vi
});
function hi() {
  return this.rgb().formatHex();
}
function tu() {
  return this.rgb().formatHex8();
}
function nu() {
  return Ar(this).formatHsl();
}
function vi() {
  return this.rgb().formatRgb();
}
function Dt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Wl.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? mi(t) : n === 3 ? new Ge(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Sn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Sn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Kl.exec(e)) ? new Ge(t[1], t[2], t[3], 1) : (t = Zl.exec(e)) ? new Ge(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = jl.exec(e)) ? Sn(t[1], t[2], t[3], t[4]) : (t = Jl.exec(e)) ? Sn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Ql.exec(e)) ? yi(t[1], t[2] / 100, t[3] / 100, 1) : (t = eu.exec(e)) ? yi(t[1], t[2] / 100, t[3] / 100, t[4]) : fi.hasOwnProperty(e) ? mi(fi[e]) : e === "transparent" ? new Ge(NaN, NaN, NaN, 0) : null;
}
function mi(e) {
  return new Ge(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Sn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ge(e, t, n, o);
}
function ou(e) {
  return e instanceof xn || (e = Dt(e)), e ? (e = e.rgb(), new Ge(e.r, e.g, e.b, e.opacity)) : new Ge();
}
function To(e, t, n, o) {
  return arguments.length === 1 ? ou(e) : new Ge(e, t, n, o ?? 1);
}
function Ge(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Wo(Ge, To, Pr(xn, {
  brighter(e) {
    return e = e == null ? Fn : Math.pow(Fn, e), new Ge(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? dn : Math.pow(dn, e), new Ge(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ge(Tt(this.r), Tt(this.g), Tt(this.b), Yn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: pi,
  // Deprecated! Use color.formatHex.
  formatHex: pi,
  formatHex8: iu,
  formatRgb: gi,
  toString: gi
}));
function pi() {
  return `#${Mt(this.r)}${Mt(this.g)}${Mt(this.b)}`;
}
function iu() {
  return `#${Mt(this.r)}${Mt(this.g)}${Mt(this.b)}${Mt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function gi() {
  const e = Yn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Tt(this.r)}, ${Tt(this.g)}, ${Tt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Yn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Tt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Mt(e) {
  return e = Tt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function yi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new et(e, t, n, o);
}
function Ar(e) {
  if (e instanceof et)
    return new et(e.h, e.s, e.l, e.opacity);
  if (e instanceof xn || (e = Dt(e)), !e)
    return new et();
  if (e instanceof et)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), a = NaN, s = r - i, l = (r + i) / 2;
  return s ? (t === r ? a = (n - o) / s + (n < o) * 6 : n === r ? a = (o - t) / s + 2 : a = (t - n) / s + 4, s /= l < 0.5 ? r + i : 2 - r - i, a *= 60) : s = l > 0 && l < 1 ? 0 : a, new et(a, s, l, e.opacity);
}
function ru(e, t, n, o) {
  return arguments.length === 1 ? Ar(e) : new et(e, t, n, o ?? 1);
}
function et(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Wo(et, ru, Pr(xn, {
  brighter(e) {
    return e = e == null ? Fn : Math.pow(Fn, e), new et(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? dn : Math.pow(dn, e), new et(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ge(
      go(e >= 240 ? e - 240 : e + 120, i, o),
      go(e, i, o),
      go(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new et(wi(this.h), $n(this.s), $n(this.l), Yn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Yn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${wi(this.h)}, ${$n(this.s) * 100}%, ${$n(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function wi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function $n(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function go(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Ko = (e) => () => e;
function au(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function su(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function lu(e) {
  return (e = +e) == 1 ? Dr : function(t, n) {
    return n - t ? su(t, n, e) : Ko(isNaN(t) ? n : t);
  };
}
function Dr(e, t) {
  var n = t - e;
  return n ? au(e, n) : Ko(isNaN(e) ? t : e);
}
const Xn = function e(t) {
  var n = lu(t);
  function o(i, r) {
    var a = n((i = To(i)).r, (r = To(r)).r), s = n(i.g, r.g), l = n(i.b, r.b), u = Dr(i.opacity, r.opacity);
    return function(c) {
      return i.r = a(c), i.g = s(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function uu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function cu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function du(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), a;
  for (a = 0; a < o; ++a)
    i[a] = on(e[a], t[a]);
  for (; a < n; ++a)
    r[a] = t[a];
  return function(s) {
    for (a = 0; a < o; ++a)
      r[a] = i[a](s);
    return r;
  };
}
function fu(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function rt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function hu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = on(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Po = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, yo = new RegExp(Po.source, "g");
function vu(e) {
  return function() {
    return e;
  };
}
function mu(e) {
  return function(t) {
    return e(t) + "";
  };
}
function zr(e, t) {
  var n = Po.lastIndex = yo.lastIndex = 0, o, i, r, a = -1, s = [], l = [];
  for (e = e + "", t = t + ""; (o = Po.exec(e)) && (i = yo.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), s[a] ? s[a] += r : s[++a] = r), (o = o[0]) === (i = i[0]) ? s[a] ? s[a] += i : s[++a] = i : (s[++a] = null, l.push({ i: a, x: rt(o, i) })), n = yo.lastIndex;
  return n < t.length && (r = t.slice(n), s[a] ? s[a] += r : s[++a] = r), s.length < 2 ? l[0] ? mu(l[0].x) : vu(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      s[(d = l[c]).i] = d.x(u);
    return s.join("");
  });
}
function on(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Ko(t) : (n === "number" ? rt : n === "string" ? (o = Dt(t)) ? (t = o, Xn) : zr : t instanceof Dt ? Xn : t instanceof Date ? fu : cu(t) ? uu : Array.isArray(t) ? du : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? hu : rt)(e, t);
}
var xi = 180 / Math.PI, Ao = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Or(e, t, n, o, i, r) {
  var a, s, l;
  return (a = Math.sqrt(e * e + t * t)) && (e /= a, t /= a), (l = e * n + t * o) && (n -= e * l, o -= t * l), (s = Math.sqrt(n * n + o * o)) && (n /= s, o /= s, l /= s), e * o < t * n && (e = -e, t = -t, l = -l, a = -a), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * xi,
    skewX: Math.atan(l) * xi,
    scaleX: a,
    scaleY: s
  };
}
var En;
function pu(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ao : Or(t.a, t.b, t.c, t.d, t.e, t.f);
}
function gu(e) {
  return e == null || (En || (En = document.createElementNS("http://www.w3.org/2000/svg", "g")), En.setAttribute("transform", e), !(e = En.transform.baseVal.consolidate())) ? Ao : (e = e.matrix, Or(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Br(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, h, w) {
    if (u !== d || c !== f) {
      var m = h.push("translate(", null, t, null, n);
      w.push({ i: m - 4, x: rt(u, d) }, { i: m - 2, x: rt(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function a(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: rt(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function s(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: rt(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, h, w) {
    if (u !== d || c !== f) {
      var m = h.push(i(h) + "scale(", null, ",", null, ")");
      w.push({ i: m - 4, x: rt(u, d) }, { i: m - 2, x: rt(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), a(u.rotate, c.rotate, d, f), s(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(h) {
      for (var w = -1, m = f.length, y; ++w < m; )
        d[(y = f[w]).i] = y.x(h);
      return d.join("");
    };
  };
}
var yu = Br(pu, "px, ", "px)", "deg)"), wu = Br(gu, ", ", ")", ")"), xu = 1e-12;
function bi(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function bu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function _u(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const On = function e(t, n, o) {
  function i(r, a) {
    var s = r[0], l = r[1], u = r[2], c = a[0], d = a[1], f = a[2], h = c - s, w = d - l, m = h * h + w * w, y, x;
    if (m < xu)
      x = Math.log(f / u) / t, y = function(Y) {
        return [
          s + Y * h,
          l + Y * w,
          u * Math.exp(t * Y * x)
        ];
      };
    else {
      var C = Math.sqrt(m), p = (f * f - u * u + o * m) / (2 * u * n * C), v = (f * f - u * u - o * m) / (2 * f * n * C), z = Math.log(Math.sqrt(p * p + 1) - p), R = Math.log(Math.sqrt(v * v + 1) - v);
      x = (R - z) / t, y = function(Y) {
        var B = Y * x, U = bi(z), Z = u / (n * C) * (U * _u(t * B + z) - bu(z));
        return [
          s + Z * h,
          l + Z * w,
          u * U / bi(t * B + z)
        ];
      };
    }
    return y.duration = x * 1e3 * t / Math.SQRT2, y;
  }
  return i.rho = function(r) {
    var a = Math.max(1e-3, +r), s = a * a, l = s * s;
    return e(a, s, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Ut = 0, en = 0, Jt = 0, Rr = 1e3, qn, tn, Gn = 0, zt = 0, to = 0, hn = typeof performance == "object" && performance.now ? performance : Date, Vr = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Zo() {
  return zt || (Vr(ku), zt = hn.now() + to);
}
function ku() {
  zt = 0;
}
function Un() {
  this._call = this._time = this._next = null;
}
Un.prototype = Lr.prototype = {
  constructor: Un,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? Zo() : +n) + (t == null ? 0 : +t), !this._next && tn !== this && (tn ? tn._next = this : qn = this, tn = this), this._call = e, this._time = n, Do();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Do());
  }
};
function Lr(e, t, n) {
  var o = new Un();
  return o.restart(e, t, n), o;
}
function Su() {
  Zo(), ++Ut;
  for (var e = qn, t; e; )
    (t = zt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Ut;
}
function _i() {
  zt = (Gn = hn.now()) + to, Ut = en = 0;
  try {
    Su();
  } finally {
    Ut = 0, Eu(), zt = 0;
  }
}
function $u() {
  var e = hn.now(), t = e - Gn;
  t > Rr && (to -= t, Gn = e);
}
function Eu() {
  for (var e, t = qn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : qn = n);
  tn = e, Do(o);
}
function Do(e) {
  if (!Ut) {
    en && (en = clearTimeout(en));
    var t = e - zt;
    t > 24 ? (e < 1 / 0 && (en = setTimeout(_i, e - hn.now() - to)), Jt && (Jt = clearInterval(Jt))) : (Jt || (Gn = hn.now(), Jt = setInterval($u, Rr)), Ut = 1, Vr(_i));
  }
}
function ki(e, t, n) {
  var o = new Un();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Nu = Qn("start", "end", "cancel", "interrupt"), Cu = [], Hr = 0, Si = 1, zo = 2, Bn = 3, $i = 4, Oo = 5, Rn = 6;
function no(e, t, n, o, i, r) {
  var a = e.__transition;
  if (!a)
    e.__transition = {};
  else if (n in a)
    return;
  Mu(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Nu,
    tween: Cu,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Hr
  });
}
function jo(e, t) {
  var n = nt(e, t);
  if (n.state > Hr)
    throw new Error("too late; already scheduled");
  return n;
}
function lt(e, t) {
  var n = nt(e, t);
  if (n.state > Bn)
    throw new Error("too late; already running");
  return n;
}
function nt(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Mu(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Lr(r, 0, n.time);
  function r(u) {
    n.state = Si, n.timer.restart(a, n.delay, n.time), n.delay <= u && a(u - n.delay);
  }
  function a(u) {
    var c, d, f, h;
    if (n.state !== Si)
      return l();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === Bn)
          return ki(a);
        h.state === $i ? (h.state = Rn, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = Rn, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (ki(function() {
      n.state === Bn && (n.state = $i, n.timer.restart(s, n.delay, n.time), s(u));
    }), n.state = zo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === zo) {
      for (n.state = Bn, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = h);
      i.length = d + 1;
    }
  }
  function s(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Oo, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Oo && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = Rn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function Vn(e, t) {
  var n = e.__transition, o, i, r = !0, a;
  if (n) {
    t = t == null ? null : t + "";
    for (a in n) {
      if ((o = n[a]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > zo && o.state < Oo, o.state = Rn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[a];
    }
    r && delete e.__transition;
  }
}
function Iu(e) {
  return this.each(function() {
    Vn(this, e);
  });
}
function Tu(e, t) {
  var n, o;
  return function() {
    var i = lt(this, e), r = i.tween;
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
function Pu(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = lt(this, e), a = r.tween;
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
function Au(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = nt(this.node(), n).tween, i = 0, r = o.length, a; i < r; ++i)
      if ((a = o[i]).name === e)
        return a.value;
    return null;
  }
  return this.each((t == null ? Tu : Pu)(n, e, t));
}
function Jo(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = lt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return nt(i, o).value[t];
  };
}
function Fr(e, t) {
  var n;
  return (typeof t == "number" ? rt : t instanceof Dt ? Xn : (n = Dt(t)) ? (t = n, Xn) : zr)(e, t);
}
function Du(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function zu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ou(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = this.getAttribute(e);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function Bu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = this.getAttributeNS(e.space, e.local);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function Ru(e, t, n) {
  var o, i, r;
  return function() {
    var a, s = n(this), l;
    return s == null ? void this.removeAttribute(e) : (a = this.getAttribute(e), l = s + "", a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s)));
  };
}
function Vu(e, t, n) {
  var o, i, r;
  return function() {
    var a, s = n(this), l;
    return s == null ? void this.removeAttributeNS(e.space, e.local) : (a = this.getAttributeNS(e.space, e.local), l = s + "", a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s)));
  };
}
function Lu(e, t) {
  var n = eo(e), o = n === "transform" ? wu : Fr;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Vu : Ru)(n, o, Jo(this, "attr." + e, t)) : t == null ? (n.local ? zu : Du)(n) : (n.local ? Bu : Ou)(n, o, t));
}
function Hu(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Fu(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Yu(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Fu(e, r)), n;
  }
  return i._value = t, i;
}
function Xu(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Hu(e, r)), n;
  }
  return i._value = t, i;
}
function qu(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = eo(e);
  return this.tween(n, (o.local ? Yu : Xu)(o, t));
}
function Gu(e, t) {
  return function() {
    jo(this, e).delay = +t.apply(this, arguments);
  };
}
function Uu(e, t) {
  return t = +t, function() {
    jo(this, e).delay = t;
  };
}
function Wu(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Gu : Uu)(t, e)) : nt(this.node(), t).delay;
}
function Ku(e, t) {
  return function() {
    lt(this, e).duration = +t.apply(this, arguments);
  };
}
function Zu(e, t) {
  return t = +t, function() {
    lt(this, e).duration = t;
  };
}
function ju(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ku : Zu)(t, e)) : nt(this.node(), t).duration;
}
function Ju(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    lt(this, e).ease = t;
  };
}
function Qu(e) {
  var t = this._id;
  return arguments.length ? this.each(Ju(t, e)) : nt(this.node(), t).ease;
}
function ec(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    lt(this, e).ease = n;
  };
}
function tc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(ec(this._id, e));
}
function nc(e) {
  typeof e != "function" && (e = xr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new mt(o, this._parents, this._name, this._id);
}
function oc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), a = new Array(o), s = 0; s < r; ++s)
    for (var l = t[s], u = n[s], c = l.length, d = a[s] = new Array(c), f, h = 0; h < c; ++h)
      (f = l[h] || u[h]) && (d[h] = f);
  for (; s < o; ++s)
    a[s] = t[s];
  return new mt(a, this._parents, this._name, this._id);
}
function ic(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function rc(e, t, n) {
  var o, i, r = ic(t) ? jo : lt;
  return function() {
    var a = r(this, e), s = a.on;
    s !== o && (i = (o = s).copy()).on(t, n), a.on = i;
  };
}
function ac(e, t) {
  var n = this._id;
  return arguments.length < 2 ? nt(this.node(), n).on.on(e) : this.each(rc(n, e, t));
}
function sc(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function lc() {
  return this.on("end.remove", sc(this._id));
}
function uc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Go(e));
  for (var o = this._groups, i = o.length, r = new Array(i), a = 0; a < i; ++a)
    for (var s = o[a], l = s.length, u = r[a] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = s[f]) && (d = e.call(c, c.__data__, f, s)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, no(u[f], t, n, f, u, nt(c, n)));
  return new mt(r, this._parents, t, n);
}
function cc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = wr(e));
  for (var o = this._groups, i = o.length, r = [], a = [], s = 0; s < i; ++s)
    for (var l = o[s], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), h, w = nt(c, n), m = 0, y = f.length; m < y; ++m)
          (h = f[m]) && no(h, t, n, m, f, w);
        r.push(f), a.push(c);
      }
  return new mt(r, a, t, n);
}
var dc = wn.prototype.constructor;
function fc() {
  return new dc(this._groups, this._parents);
}
function hc(e, t) {
  var n, o, i;
  return function() {
    var r = Gt(this, e), a = (this.style.removeProperty(e), Gt(this, e));
    return r === a ? null : r === n && a === o ? i : i = t(n = r, o = a);
  };
}
function Yr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function vc(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = Gt(this, e);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function mc(e, t, n) {
  var o, i, r;
  return function() {
    var a = Gt(this, e), s = n(this), l = s + "";
    return s == null && (l = s = (this.style.removeProperty(e), Gt(this, e))), a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s));
  };
}
function pc(e, t) {
  var n, o, i, r = "style." + t, a = "end." + r, s;
  return function() {
    var l = lt(this, e), u = l.on, c = l.value[r] == null ? s || (s = Yr(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(a, i = c), l.on = o;
  };
}
function gc(e, t, n) {
  var o = (e += "") == "transform" ? yu : Fr;
  return t == null ? this.styleTween(e, hc(e, o)).on("end.style." + e, Yr(e)) : typeof t == "function" ? this.styleTween(e, mc(e, o, Jo(this, "style." + e, t))).each(pc(this._id, e)) : this.styleTween(e, vc(e, o, t), n).on("end.style." + e, null);
}
function yc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function wc(e, t, n) {
  var o, i;
  function r() {
    var a = t.apply(this, arguments);
    return a !== i && (o = (i = a) && yc(e, a, n)), o;
  }
  return r._value = t, r;
}
function xc(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, wc(e, t, n ?? ""));
}
function bc(e) {
  return function() {
    this.textContent = e;
  };
}
function _c(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function kc(e) {
  return this.tween("text", typeof e == "function" ? _c(Jo(this, "text", e)) : bc(e == null ? "" : e + ""));
}
function Sc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function $c(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Sc(i)), t;
  }
  return o._value = e, o;
}
function Ec(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, $c(e));
}
function Nc() {
  for (var e = this._name, t = this._id, n = Xr(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var a = o[r], s = a.length, l, u = 0; u < s; ++u)
      if (l = a[u]) {
        var c = nt(l, t);
        no(l, e, n, u, a, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new mt(o, this._parents, e, n);
}
function Cc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, a) {
    var s = { value: a }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = lt(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var Mc = 0;
function mt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Xr() {
  return ++Mc;
}
var ct = wn.prototype;
mt.prototype = {
  constructor: mt,
  select: uc,
  selectAll: cc,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: nc,
  merge: oc,
  selection: fc,
  transition: Nc,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: ac,
  attr: Lu,
  attrTween: qu,
  style: gc,
  styleTween: xc,
  text: kc,
  textTween: Ec,
  remove: lc,
  tween: Au,
  delay: Wu,
  duration: ju,
  ease: Qu,
  easeVarying: tc,
  end: Cc,
  [Symbol.iterator]: ct[Symbol.iterator]
};
function Ic(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Tc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Ic
};
function Pc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Ac(e) {
  var t, n;
  e instanceof mt ? (t = e._id, e = e._name) : (t = Xr(), (n = Tc).time = Zo(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var a = o[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && no(l, e, t, u, a, n || Pc(l, t));
  return new mt(o, this._parents, e, t);
}
wn.prototype.interrupt = Iu;
wn.prototype.transition = Ac;
const Nn = (e) => () => e;
function Dc(e, {
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
function wo(e) {
  e.stopImmediatePropagation();
}
function Qt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function zc(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Oc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ei() {
  return this.__zoom || Wt;
}
function Bc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Rc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Vc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], a = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    a > r ? (r + a) / 2 : Math.min(0, r) || Math.max(0, a)
  );
}
function Lc() {
  var e = zc, t = Oc, n = Vc, o = Bc, i = Rc, r = [0, 1 / 0], a = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], s = 250, l = On, u = Qn("start", "zoom", "end"), c, d, f, h = 500, w = 150, m = 0, y = 10;
  function x(k) {
    k.property("__zoom", Ei).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", Z).filter(i).on("touchstart.zoom", X).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", j).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  x.transform = function(k, L, I, D) {
    var M = k.selection ? k.selection() : k;
    M.property("__zoom", Ei), k !== M ? z(k, L, I, D) : M.interrupt().each(function() {
      R(this, arguments).event(D).start().zoom(null, typeof L == "function" ? L.apply(this, arguments) : L).end();
    });
  }, x.scaleBy = function(k, L, I, D) {
    x.scaleTo(k, function() {
      var M = this.__zoom.k, V = typeof L == "function" ? L.apply(this, arguments) : L;
      return M * V;
    }, I, D);
  }, x.scaleTo = function(k, L, I, D) {
    x.transform(k, function() {
      var M = t.apply(this, arguments), V = this.__zoom, G = I == null ? v(M) : typeof I == "function" ? I.apply(this, arguments) : I, J = V.invert(G), re = typeof L == "function" ? L.apply(this, arguments) : L;
      return n(p(C(V, re), G, J), M, a);
    }, I, D);
  }, x.translateBy = function(k, L, I, D) {
    x.transform(k, function() {
      return n(this.__zoom.translate(
        typeof L == "function" ? L.apply(this, arguments) : L,
        typeof I == "function" ? I.apply(this, arguments) : I
      ), t.apply(this, arguments), a);
    }, null, D);
  }, x.translateTo = function(k, L, I, D, M) {
    x.transform(k, function() {
      var V = t.apply(this, arguments), G = this.__zoom, J = D == null ? v(V) : typeof D == "function" ? D.apply(this, arguments) : D;
      return n(Wt.translate(J[0], J[1]).scale(G.k).translate(
        typeof L == "function" ? -L.apply(this, arguments) : -L,
        typeof I == "function" ? -I.apply(this, arguments) : -I
      ), V, a);
    }, D, M);
  };
  function C(k, L) {
    return L = Math.max(r[0], Math.min(r[1], L)), L === k.k ? k : new ht(L, k.x, k.y);
  }
  function p(k, L, I) {
    var D = L[0] - I[0] * k.k, M = L[1] - I[1] * k.k;
    return D === k.x && M === k.y ? k : new ht(k.k, D, M);
  }
  function v(k) {
    return [(+k[0][0] + +k[1][0]) / 2, (+k[0][1] + +k[1][1]) / 2];
  }
  function z(k, L, I, D) {
    k.on("start.zoom", function() {
      R(this, arguments).event(D).start();
    }).on("interrupt.zoom end.zoom", function() {
      R(this, arguments).event(D).end();
    }).tween("zoom", function() {
      var M = this, V = arguments, G = R(M, V).event(D), J = t.apply(M, V), re = I == null ? v(J) : typeof I == "function" ? I.apply(M, V) : I, ue = Math.max(J[1][0] - J[0][0], J[1][1] - J[0][1]), pe = M.__zoom, ee = typeof L == "function" ? L.apply(M, V) : L, K = l(pe.invert(re).concat(ue / pe.k), ee.invert(re).concat(ue / ee.k));
      return function(Q) {
        if (Q === 1)
          Q = ee;
        else {
          var ke = K(Q), Me = ue / ke[2];
          Q = new ht(Me, re[0] - ke[0] * Me, re[1] - ke[1] * Me);
        }
        G.zoom(null, Q);
      };
    });
  }
  function R(k, L, I) {
    return !I && k.__zooming || new Y(k, L);
  }
  function Y(k, L) {
    this.that = k, this.args = L, this.active = 0, this.sourceEvent = null, this.extent = t.apply(k, L), this.taps = 0;
  }
  Y.prototype = {
    event: function(k) {
      return k && (this.sourceEvent = k), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(k, L) {
      return this.mouse && k !== "mouse" && (this.mouse[1] = L.invert(this.mouse[0])), this.touch0 && k !== "touch" && (this.touch0[1] = L.invert(this.touch0[0])), this.touch1 && k !== "touch" && (this.touch1[1] = L.invert(this.touch1[0])), this.that.__zoom = L, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(k) {
      var L = Qe(this.that).datum();
      u.call(
        k,
        this.that,
        new Dc(k, {
          sourceEvent: this.sourceEvent,
          target: x,
          transform: this.that.__zoom,
          dispatch: u
        }),
        L
      );
    }
  };
  function B(k, ...L) {
    if (!e.apply(this, arguments))
      return;
    var I = R(this, L).event(k), D = this.__zoom, M = Math.max(r[0], Math.min(r[1], D.k * Math.pow(2, o.apply(this, arguments)))), V = it(k);
    if (I.wheel)
      (I.mouse[0][0] !== V[0] || I.mouse[0][1] !== V[1]) && (I.mouse[1] = D.invert(I.mouse[0] = V)), clearTimeout(I.wheel);
    else {
      if (D.k === M)
        return;
      I.mouse = [V, D.invert(V)], Vn(this), I.start();
    }
    Qt(k), I.wheel = setTimeout(G, w), I.zoom("mouse", n(p(C(D, M), I.mouse[0], I.mouse[1]), I.extent, a));
    function G() {
      I.wheel = null, I.end();
    }
  }
  function U(k, ...L) {
    if (f || !e.apply(this, arguments))
      return;
    var I = k.currentTarget, D = R(this, L, !0).event(k), M = Qe(k.view).on("mousemove.zoom", re, !0).on("mouseup.zoom", ue, !0), V = it(k, I), G = k.clientX, J = k.clientY;
    Ir(k.view), wo(k), D.mouse = [V, this.__zoom.invert(V)], Vn(this), D.start();
    function re(pe) {
      if (Qt(pe), !D.moved) {
        var ee = pe.clientX - G, K = pe.clientY - J;
        D.moved = ee * ee + K * K > m;
      }
      D.event(pe).zoom("mouse", n(p(D.that.__zoom, D.mouse[0] = it(pe, I), D.mouse[1]), D.extent, a));
    }
    function ue(pe) {
      M.on("mousemove.zoom mouseup.zoom", null), Tr(pe.view, D.moved), Qt(pe), D.event(pe).end();
    }
  }
  function Z(k, ...L) {
    if (e.apply(this, arguments)) {
      var I = this.__zoom, D = it(k.changedTouches ? k.changedTouches[0] : k, this), M = I.invert(D), V = I.k * (k.shiftKey ? 0.5 : 2), G = n(p(C(I, V), D, M), t.apply(this, L), a);
      Qt(k), s > 0 ? Qe(this).transition().duration(s).call(z, G, D, k) : Qe(this).call(x.transform, G, D, k);
    }
  }
  function X(k, ...L) {
    if (e.apply(this, arguments)) {
      var I = k.touches, D = I.length, M = R(this, L, k.changedTouches.length === D).event(k), V, G, J, re;
      for (wo(k), G = 0; G < D; ++G)
        J = I[G], re = it(J, this), re = [re, this.__zoom.invert(re), J.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== re[2] && (M.touch1 = re, M.taps = 0) : (M.touch0 = re, V = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), V && (M.taps < 2 && (d = re[0], c = setTimeout(function() {
        c = null;
      }, h)), Vn(this), M.start());
    }
  }
  function N(k, ...L) {
    if (this.__zooming) {
      var I = R(this, L).event(k), D = k.changedTouches, M = D.length, V, G, J, re;
      for (Qt(k), V = 0; V < M; ++V)
        G = D[V], J = it(G, this), I.touch0 && I.touch0[2] === G.identifier ? I.touch0[0] = J : I.touch1 && I.touch1[2] === G.identifier && (I.touch1[0] = J);
      if (G = I.that.__zoom, I.touch1) {
        var ue = I.touch0[0], pe = I.touch0[1], ee = I.touch1[0], K = I.touch1[1], Q = (Q = ee[0] - ue[0]) * Q + (Q = ee[1] - ue[1]) * Q, ke = (ke = K[0] - pe[0]) * ke + (ke = K[1] - pe[1]) * ke;
        G = C(G, Math.sqrt(Q / ke)), J = [(ue[0] + ee[0]) / 2, (ue[1] + ee[1]) / 2], re = [(pe[0] + K[0]) / 2, (pe[1] + K[1]) / 2];
      } else if (I.touch0)
        J = I.touch0[0], re = I.touch0[1];
      else
        return;
      I.zoom("touch", n(p(G, J, re), I.extent, a));
    }
  }
  function j(k, ...L) {
    if (this.__zooming) {
      var I = R(this, L).event(k), D = k.changedTouches, M = D.length, V, G;
      for (wo(k), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), V = 0; V < M; ++V)
        G = D[V], I.touch0 && I.touch0[2] === G.identifier ? delete I.touch0 : I.touch1 && I.touch1[2] === G.identifier && delete I.touch1;
      if (I.touch1 && !I.touch0 && (I.touch0 = I.touch1, delete I.touch1), I.touch0)
        I.touch0[1] = this.__zoom.invert(I.touch0[0]);
      else if (I.end(), I.taps === 2 && (G = it(G, this), Math.hypot(d[0] - G[0], d[1] - G[1]) < y)) {
        var J = Qe(this).on("dblclick.zoom");
        J && J.apply(this, arguments);
      }
    }
  }
  return x.wheelDelta = function(k) {
    return arguments.length ? (o = typeof k == "function" ? k : Nn(+k), x) : o;
  }, x.filter = function(k) {
    return arguments.length ? (e = typeof k == "function" ? k : Nn(!!k), x) : e;
  }, x.touchable = function(k) {
    return arguments.length ? (i = typeof k == "function" ? k : Nn(!!k), x) : i;
  }, x.extent = function(k) {
    return arguments.length ? (t = typeof k == "function" ? k : Nn([[+k[0][0], +k[0][1]], [+k[1][0], +k[1][1]]]), x) : t;
  }, x.scaleExtent = function(k) {
    return arguments.length ? (r[0] = +k[0], r[1] = +k[1], x) : [r[0], r[1]];
  }, x.translateExtent = function(k) {
    return arguments.length ? (a[0][0] = +k[0][0], a[1][0] = +k[1][0], a[0][1] = +k[0][1], a[1][1] = +k[1][1], x) : [[a[0][0], a[0][1]], [a[1][0], a[1][1]]];
  }, x.constrain = function(k) {
    return arguments.length ? (n = k, x) : n;
  }, x.duration = function(k) {
    return arguments.length ? (s = +k, x) : s;
  }, x.interpolate = function(k) {
    return arguments.length ? (l = k, x) : l;
  }, x.on = function() {
    var k = u.on.apply(u, arguments);
    return k === u ? x : k;
  }, x.clickDistance = function(k) {
    return arguments.length ? (m = (k = +k) * k, x) : Math.sqrt(m);
  }, x.tapDistance = function(k) {
    return arguments.length ? (y = +k, x) : y;
  }, x;
}
var le = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(le || {}), Qo = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(Qo || {}), Nt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Nt || {}), _t = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(_t || {}), Bo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Bo || {}), rn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(rn || {});
const Hc = ["INPUT", "SELECT", "TEXTAREA"], Fc = typeof document < "u" ? document : null;
function Ro(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Hc.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Yc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ni(e, t, n, o) {
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
function Xc(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = qc(n.code, e);
    return Array.isArray(e) ? e.some((i) => Ni(n[o], i, t, n.type === "keyup")) : Ni(n[o], e, t, n.type === "keyup");
  };
}
function qc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function an(e, t) {
  const n = W(() => Ce(t == null ? void 0 : t.target) ?? Fc), o = xt(Ce(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let a = l(Ce(e));
  _e(
    () => Ce(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && s(), a = l(u);
    },
    {
      immediate: !0
    }
  ), gr(["blur", "contextmenu"], s), ui(
    (...u) => a(...u),
    (u) => {
      var c, d;
      const f = Ce(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, h = Ce(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Yc(u), (!i || i && !f) && Ro(u))
        return;
      const m = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, y = (m == null ? void 0 : m.nodeName) === "BUTTON" || (m == null ? void 0 : m.nodeName) === "A";
      !h && (i || !y) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), ui(
    (...u) => a(...u),
    (u) => {
      const c = Ce(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Ro(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function s() {
    i = !1, r.clear(), o.value = Ce(e) === !0;
  }
  function l(u) {
    return u === null ? (s(), () => !1) : typeof u == "boolean" ? (s(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Xc(u, r) : u;
  }
  return o;
}
const qr = "vue-flow__node-desc", Gr = "vue-flow__edge-desc", Gc = "vue-flow__aria-live", Ur = ["Enter", " ", "Escape"], Yt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Wn(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function Kn(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function oo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function pt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Wr(e, t) {
  return {
    x: pt(e.x, t[0][0], t[1][0]),
    y: pt(e.y, t[0][1], t[1][1])
  };
}
function Ci(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function kt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Pt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !kt(e);
}
function nn(e) {
  return Pt(e) && "computedPosition" in e;
}
function Cn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Uc(e) {
  return Cn(e.width) && Cn(e.height) && Cn(e.x) && Cn(e.y);
}
function Wc(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: We({
      width: 0,
      height: 0
    }),
    computedPosition: We({
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
    data: Le(e.data) ? e.data : {},
    events: We(Le(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Kr(e, t, n) {
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
    data: Le(e.data) ? e.data : {},
    events: We(Le(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function Zr(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), a = o === "source" ? "target" : "source";
  for (const s of n)
    s[a] === i && r.add(s[o]);
  return t.filter((s) => r.has(s.id));
}
function Kc(...e) {
  if (e.length === 3) {
    const [r, a, s] = e;
    return Zr(r, a, s, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => kt(r) && r.source === o).map((r) => n.find((a) => Pt(a) && a.id === r.target));
}
function Zc(...e) {
  if (e.length === 3) {
    const [r, a, s] = e;
    return Zr(r, a, s, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => kt(r) && r.target === o).map((r) => n.find((a) => Pt(a) && a.id === r.source));
}
function jr({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function jc(e, t) {
  return t.some(
    (n) => kt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function vn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function mn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, a = [1, 1]) {
  const s = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? io(s, a) : s;
}
function Jc(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Jr({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Qc({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Qr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Jc(
      t,
      Jr({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Qc(t);
}
function ea(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...mn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, a = [];
  for (const s of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = s, d = l.width ?? s.width ?? null, f = l.height ?? s.height ?? null;
    if (i && !u || c)
      continue;
    const h = Kn(r, Wn(s)), w = d === null || f === null, m = o && h > 0, y = (d ?? 0) * (f ?? 0);
    (w || m || h >= y || s.dragging) && a.push(s);
  }
  return a;
}
function ta(e, t) {
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
function ed(e, t, n) {
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
    const o = Lt(e.top ?? e.y ?? 0, n), i = Lt(e.bottom ?? e.y ?? 0, n), r = Lt(e.left ?? e.x ?? 0, t), a = Lt(e.right ?? e.x ?? 0, t);
    return { top: o, right: a, bottom: i, left: r, x: r + a, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function td(e, t, n, o, i, r) {
  const { x: a, y: s } = vn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = vn(
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
function Mi(e, t, n, o, i, r = 0.1) {
  const a = ed(r, t, n), s = (t - a.x) / e.width, l = (n - a.y) / e.height, u = Math.min(s, l), c = pt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, w = n / 2 - f * c, m = td(e, h, w, c, t, n), y = {
    left: Math.min(m.left - a.left, 0),
    top: Math.min(m.top - a.top, 0),
    right: Math.min(m.right - a.right, 0),
    bottom: Math.min(m.bottom - a.bottom, 0)
  };
  return {
    x: h - y.left + y.right,
    y: w - y.top + y.bottom,
    zoom: c
  };
}
function nd(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function na(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : na(n, t) : !1;
}
function pn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Ii(e) {
  const t = e.ctrlKey && Zn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ti(e, t, n) {
  return e < t ? pt(Math.abs(e - t), 1, t) / t : e > n ? -pt(Math.abs(e - n), 1, t) / t : 0;
}
function oa(e, t, n = 15, o = 40) {
  const i = Ti(e.x, o, t.width - o) * n, r = Ti(e.y, o, t.height - o) * n;
  return [i, r];
}
function xo(e, t) {
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
function Pi(e, t) {
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
            if (nn(a) && (typeof s.position < "u" && (a.position = s.position), typeof s.dragging < "u" && (a.dragging = s.dragging), a.expandParent && a.parentNode)) {
              const l = t[r.indexOf(a.parentNode)];
              l && nn(l) && xo(a, l);
            }
            break;
          case "dimensions":
            if (nn(a) && (typeof s.dimensions < "u" && (a.dimensions = s.dimensions), typeof s.updateStyle < "u" && s.updateStyle && (a.style = {
              ...a.style || {},
              width: `${(n = s.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = s.dimensions) == null ? void 0 : o.height}px`
            }), typeof s.resizing < "u" && (a.resizing = s.resizing), a.expandParent && a.parentNode)) {
              const l = t[r.indexOf(a.parentNode)];
              l && nn(l) && (!!l.dimensions.width && !!l.dimensions.height ? xo(a, l) : Ye(() => {
                xo(a, l);
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
function Ai(e) {
  return {
    item: e,
    type: "add"
  };
}
function Di(e) {
  return {
    id: e,
    type: "remove"
  };
}
function zi(e, t, n, o, i) {
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
    const a = t.has(i);
    !(r.selected === void 0 && !a) && r.selected !== a && (n && (r.selected = a), o.push(yt(r.id, a)));
  }
  return o;
}
const Oi = () => {
};
function oe(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Oi, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, a = () => {
    n = Oi;
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
      const h = () => u(f);
      return un(h), { off: h };
    },
    off: u,
    trigger: (f) => {
      const h = [n];
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map((w) => w(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: a,
    setHasEmitListeners: s,
    removeHasEmitListeners: l
  };
}
function Bi(e, t, n) {
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
function od(e, t, n, o) {
  var i, r;
  const a = /* @__PURE__ */ new Map();
  for (const [s, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !na(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(s) && a.set(s, {
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
function bo({
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
function ia(e) {
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
function id(e, t, n) {
  const [o, i, r, a] = typeof e != "string" ? ia(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + a, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function rd(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = id(i, e, o);
      r && (i = r);
    } else
      t(new Fe(He.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, a = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + a],
      [i[1][0] + r, i[1][1] + a]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, a, s, l] = ia(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function ad({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function ei(e, t, n, o, i) {
  const r = ad(e.dimensions, rd(e, n, o, i)), a = Wr(t, r);
  return {
    position: {
      x: a.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: a.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: a
  };
}
function Kt(e, t, n = le.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: a, height: s } = t ?? cd(e);
  if (o)
    return { x: i + a / 2, y: r + s / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case le.Top:
      return { x: i + a / 2, y: r };
    case le.Right:
      return { x: i + a, y: r + s / 2 };
    case le.Bottom:
      return { x: i + a / 2, y: r + s };
    case le.Left:
      return { x: i, y: r + s / 2 };
  }
}
function Ri(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function sd({
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
  const c = Jr({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: a / l.zoom,
    height: s / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function ld(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), a = t(e.target);
  return !r || !a ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, a.computedPosition.z || 0)), i);
}
var He = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(He || {});
const Vi = {
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
    super((o = Vi[t]) == null ? void 0 : o.call(Vi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ti(e) {
  return "clientX" in e;
}
function ud(e) {
  return "sourceEvent" in e;
}
function at(e, t) {
  const n = ti(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const Zn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function cd(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function io(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const dd = () => !0;
function _o(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function fd(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    Kn(i, Wn(r)) > 0 && o.push(r);
  return o;
}
const hd = 250;
function vd(e, t, n, o) {
  var i, r;
  let a = [], s = Number.POSITIVE_INFINITY;
  const l = fd(e, n, t + hd);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: h } = Kt(u, d, d.position, !0), w = Math.sqrt((f - e.x) ** 2 + (h - e.y) ** 2);
      w > t || (w < s ? (a = [{ ...d, x: f, y: h }], s = w) : w === s && a.push({ ...d, x: f, y: h }));
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
function Li(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: a,
  lib: s,
  flowId: l,
  isValidConnection: u = dd
}, c, d, f, h) {
  const w = r === "target", m = t ? a.querySelector(`.${s}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: y, y: x } = at(e), C = a.elementFromPoint(y, x), p = C != null && C.classList.contains(`${s}-flow__handle`) ? C : m, v = {
    handleDomNode: p,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (p) {
    const z = ra(void 0, p), R = p.getAttribute("data-nodeid"), Y = p.getAttribute("data-handleid"), B = p.classList.contains("connectable"), U = p.classList.contains("connectableend");
    if (!R || !z)
      return v;
    const Z = {
      source: w ? R : o,
      sourceHandle: w ? Y : i,
      target: w ? o : R,
      targetHandle: w ? i : Y
    };
    v.connection = Z;
    const N = B && U && (n === _t.Strict ? w && z === "source" || !w && z === "target" : R !== o || Y !== i);
    v.isValid = N && u(Z, {
      nodes: d,
      edges: c,
      sourceNode: f(Z.source),
      targetNode: f(Z.target)
    }), v.toHandle = aa(R, z, Y, h, n, !0);
  }
  return v;
}
function ra(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function md(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function pd(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function aa(e, t, n, o, i, r = !1) {
  var a, s, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === _t.Strict ? (a = u.handleBounds) == null ? void 0 : a[t] : [...((s = u.handleBounds) == null ? void 0 : s.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && r ? { ...d, ...Kt(u, d, d.position, !0) } : d;
}
const Vo = {
  [le.Left]: le.Right,
  [le.Right]: le.Left,
  [le.Top]: le.Bottom,
  [le.Bottom]: le.Top
}, gd = ["production", "prod"];
function bn(e, ...t) {
  sa() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function sa() {
  return !gd.includes("production");
}
function Hi(e, t, n, o, i) {
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
      ...oo(a)
    };
  }) : null;
}
function Lo(e, t, n, o, i, r = !1, a) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ye(() => {
    a.blur();
  })) : n([e]);
}
function Le(e) {
  return typeof H(e) < "u";
}
function yd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Fe(He.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return kt(e) ? i = e : i = {
    ...e,
    id: jr(e)
  }, i = Kr(i, void 0, o), jc(i, t) ? !1 : i;
}
function wd(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Fe(He.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Fe(He.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...a } = e;
  return {
    ...a,
    id: o ? jr(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Fi(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const a = e[r];
    if (!Pt(a)) {
      n(
        new Fe(He.NODE_INVALID, a == null ? void 0 : a.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const s = Wc(a, t(a.id), a.parentNode);
    a.parentNode && (o[a.parentNode] = !0), i[r] = s;
  }
  for (const r of i) {
    const a = t(r.parentNode) || i.find((s) => s.id === r.parentNode);
    r.parentNode && !a && n(new Fe(He.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), a && (a.isParent = !0));
  }
  return i;
}
function Yi(e, t, n, o, i, r) {
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
function ko(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: a = null, targetHandle: s = null } = o, l = { edgeId: o.id, source: i, target: r, sourceHandle: a, targetHandle: s }, u = `${i}-${a}--${r}-${s}`, c = `${r}-${s}--${i}-${a}`;
    Yi("source", l, c, e, i, a), Yi("target", l, u, e, r, s);
  }
}
function Xi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function So(e, t, n, o, i, r, a, s) {
  const l = [];
  for (const u of e) {
    const c = kt(u) ? u : yd(u, s, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Fe(He.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Fe(He.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Fe(He.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: s,
      nodes: a,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Fe(He.EDGE_INVALID, c.id));
      continue;
    }
    const h = o(c.id);
    l.push({
      ...Kr(c, h, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const qi = Symbol("vueFlow"), ni = Symbol("nodeId"), la = Symbol("nodeRef"), xd = Symbol("edgeId"), bd = Symbol("edgeRef"), ro = Symbol("slots");
function ua(e) {
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
    findNode: h,
    multiSelectionActive: w,
    nodesSelectionActive: m,
    selectNodesOnDrag: y,
    removeSelectedElements: x,
    addSelectedNodes: C,
    updateNodePositions: p,
    emits: v
  } = Oe(), { onStart: z, onDrag: R, onStop: Y, onClick: B, el: U, disabled: Z, id: X, selectable: N, dragHandle: j } = e, k = xt(!1);
  let L = [], I, D = null, M = { x: void 0, y: void 0 }, V = { x: 0, y: 0 }, G = null, J = !1, re = !1, ue = 0, pe = !1;
  const ee = ca(), K = ({ x: fe, y: de }) => {
    M = { x: fe, y: de };
    let b = !1;
    if (L = L.map((g) => {
      const S = { x: fe - g.distance.x, y: de - g.distance.y }, { computedPosition: A } = ei(
        g,
        n.value ? io(S, o.value) : S,
        v.error,
        a.value,
        g.parentNode ? h(g.parentNode) : void 0
      );
      return b = b || g.position.x !== A.x || g.position.y !== A.y, g.position = A, g;
    }), re = re || b, !!b && (p(L, !0, !0), k.value = !0, G)) {
      const [g, S] = bo({
        id: X,
        dragItems: L,
        findNode: h
      });
      R({ event: G, node: g, nodes: S });
    }
  }, Q = () => {
    if (!D)
      return;
    const [fe, de] = oa(V, D, c.value);
    if (fe !== 0 || de !== 0) {
      const b = {
        x: (M.x ?? 0) - fe / l.value.zoom,
        y: (M.y ?? 0) - de / l.value.zoom
      };
      f({ x: fe, y: de }) && K(b);
    }
    ue = requestAnimationFrame(Q);
  }, ke = (fe, de) => {
    J = !0;
    const b = h(X);
    !y.value && !w.value && b && (b.selected || x()), b && Ce(N) && y.value && Lo(
      b,
      w.value,
      C,
      x,
      m,
      !1,
      de
    );
    const g = ee(fe.sourceEvent);
    if (M = g, L = od(r.value, d.value, g, X), L.length) {
      const [S, A] = bo({
        id: X,
        dragItems: L,
        findNode: h
      });
      z({ event: fe.sourceEvent, node: S, nodes: A });
    }
  }, Me = (fe, de) => {
    var b;
    fe.sourceEvent.type === "touchmove" && fe.sourceEvent.touches.length > 1 || (re = !1, s.value === 0 && ke(fe, de), M = ee(fe.sourceEvent), D = ((b = t.value) == null ? void 0 : b.getBoundingClientRect()) || null, V = at(fe.sourceEvent, D));
  }, we = (fe, de) => {
    const b = ee(fe.sourceEvent);
    if (!pe && J && u.value && (pe = !0, Q()), !J) {
      const g = b.xSnapped - (M.x ?? 0), S = b.ySnapped - (M.y ?? 0);
      Math.sqrt(g * g + S * S) > s.value && ke(fe, de);
    }
    (M.x !== b.xSnapped || M.y !== b.ySnapped) && L.length && J && (G = fe.sourceEvent, V = at(fe.sourceEvent, D), K(b));
  }, Ee = (fe) => {
    let de = !1;
    if (!J && !k.value && !w.value) {
      const b = fe.sourceEvent, g = ee(b), S = g.xSnapped - (M.x ?? 0), A = g.ySnapped - (M.y ?? 0), T = Math.sqrt(S * S + A * A);
      T !== 0 && T <= s.value && (B == null || B(b), de = !0);
    }
    if (L.length && !de) {
      re && (p(L, !1, !1), re = !1);
      const [b, g] = bo({
        id: X,
        dragItems: L,
        findNode: h
      });
      Y({ event: fe.sourceEvent, node: b, nodes: g });
    }
    L = [], k.value = !1, pe = !1, J = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(ue);
  };
  return _e([() => Ce(Z), U], ([fe, de], b, g) => {
    if (de) {
      const S = Qe(de);
      fe || (I = Ul().on("start", (A) => Me(A, de)).on("drag", (A) => we(A, de)).on("end", (A) => Ee(A)).filter((A) => {
        const T = A.target, ne = Ce(j);
        return !A.button && (!i.value || !Bi(T, `.${i.value}`, de) && (!ne || Bi(T, ne, de)));
      }), S.call(I)), g(() => {
        S.on(".drag", null), I && (I.on("start", null), I.on("drag", null), I.on("end", null));
      });
    }
  }), k;
}
function _d() {
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
function kd(e, t) {
  const n = _d();
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
function ca() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Oe();
  return (i) => {
    var r;
    const a = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, s = ud(i) ? i.sourceEvent : i, { x: l, y: u } = at(s, a), c = mn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? io(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function Mn() {
  return !0;
}
function da({
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
    nodesConnectable: h,
    autoPanOnConnect: w,
    autoPanSpeed: m,
    findNode: y,
    panBy: x,
    startConnection: C,
    updateConnection: p,
    endConnection: v,
    emits: z,
    viewport: R,
    edges: Y,
    nodes: B,
    isValidConnection: U,
    nodeLookup: Z
  } = Oe();
  let X = null, N = !1, j = null;
  function k(I) {
    var D;
    const M = Ce(n) === "target", V = ti(I), G = Ci(I.target), J = I.currentTarget;
    if (J && (V && I.button === 0 || !V)) {
      let re = function(se) {
        b = at(se, Ee), K = vd(
          mn(b, R.value, !1, [1, 1]),
          c.value,
          Z.value,
          A
        ), g || (S(), g = !0);
        const ve = Li(
          se,
          {
            handle: K,
            connectionMode: u.value,
            fromNodeId: Ce(t),
            fromHandleId: Ce(e),
            fromType: M ? "target" : "source",
            isValidConnection: ee,
            doc: G,
            lib: "vue",
            flowId: s,
            nodeLookup: Z.value
          },
          Y.value,
          B.value,
          y,
          Z.value
        );
        j = ve.handleDomNode, X = ve.connection, N = pd(!!K, ve.isValid);
        const be = {
          // from stays the same
          ...ce,
          isValid: N,
          to: ve.toHandle && N ? vn({ x: ve.toHandle.x, y: ve.toHandle.y }, R.value) : b,
          toHandle: ve.toHandle,
          toPosition: N && ve.toHandle ? ve.toHandle.position : Vo[A.position],
          toNode: ve.toHandle ? Z.value.get(ve.toHandle.nodeId) : null
        };
        if (N && K && (ce != null && ce.toHandle) && be.toHandle && ce.toHandle.type === be.toHandle.type && ce.toHandle.nodeId === be.toHandle.nodeId && ce.toHandle.id === be.toHandle.id && ce.to.x === be.to.x && ce.to.y === be.to.y)
          return;
        const Pe = K ?? ve.toHandle;
        if (p(
          Pe && N ? vn(
            {
              x: Pe.x,
              y: Pe.y
            },
            R.value
          ) : b,
          Pe,
          md(!!Pe, N)
        ), ce = be, !K && !N && !j)
          return _o(de);
        X && X.source !== X.target && j && (_o(de), de = j, j.classList.add("connecting", "vue-flow__handle-connecting"), j.classList.toggle("valid", !!N), j.classList.toggle("vue-flow__handle-valid", !!N));
      }, ue = function(se) {
        "touches" in se && se.touches.length > 0 || ((K || j) && X && N && (r ? r(se, X) : z.connect(X)), z.connectEnd(se), i && (a == null || a(se)), _o(de), cancelAnimationFrame(Q), v(se), g = !1, N = !1, X = null, j = null, G.removeEventListener("mousemove", re), G.removeEventListener("mouseup", ue), G.removeEventListener("touchmove", re), G.removeEventListener("touchend", ue));
      };
      const pe = y(Ce(t));
      let ee = Ce(o) || U.value || Mn;
      !ee && pe && (ee = (M ? pe.isValidSourcePos : pe.isValidTargetPos) || Mn);
      let K, Q = 0;
      const { x: ke, y: Me } = at(I), we = ra(Ce(i), J), Ee = (D = l.value) == null ? void 0 : D.getBoundingClientRect();
      if (!Ee || !we)
        return;
      const fe = aa(Ce(t), we, Ce(e), Z.value, u.value);
      if (!fe)
        return;
      let de, b = at(I, Ee), g = !1;
      const S = () => {
        if (!w.value)
          return;
        const [se, ve] = oa(b, Ee, m.value);
        x({ x: se, y: ve }), Q = requestAnimationFrame(S);
      }, A = {
        ...fe,
        nodeId: Ce(t),
        type: we,
        position: fe.position
      }, T = Z.value.get(Ce(t)), ie = {
        inProgress: !0,
        isValid: null,
        from: Kt(T, A, le.Left, !0),
        fromHandle: A,
        fromPosition: A.position,
        fromNode: T,
        to: b,
        toHandle: null,
        toPosition: Vo[A.position],
        toNode: null
      };
      C(
        {
          nodeId: Ce(t),
          id: Ce(e),
          type: we,
          position: (J == null ? void 0 : J.getAttribute("data-handlepos")) || le.Top,
          ...b
        },
        {
          x: ke - Ee.left,
          y: Me - Ee.top
        }
      ), z.connectStart({ event: I, nodeId: Ce(t), handleId: Ce(e), handleType: we });
      let ce = ie;
      G.addEventListener("mousemove", re), G.addEventListener("mouseup", ue), G.addEventListener("touchmove", re), G.addEventListener("touchend", ue);
    }
  }
  function L(I) {
    var D, M;
    if (!d.value)
      return;
    const V = Ce(n) === "target";
    if (!f.value) {
      z.clickConnectStart({ event: I, nodeId: Ce(t), handleId: Ce(e) }), C(
        {
          nodeId: Ce(t),
          type: Ce(n),
          id: Ce(e),
          position: le.Top,
          ...at(I)
        },
        void 0,
        !0
      );
      return;
    }
    let G = Ce(o) || U.value || Mn;
    const J = y(Ce(t));
    if (!G && J && (G = (V ? J.isValidSourcePos : J.isValidTargetPos) || Mn), J && (typeof J.connectable > "u" ? h.value : J.connectable) === !1)
      return;
    const re = Ci(I.target), ue = Li(
      I,
      {
        handle: {
          nodeId: Ce(t),
          id: Ce(e),
          type: Ce(n),
          position: le.Top,
          ...at(I)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: G,
        doc: re,
        lib: "vue",
        flowId: s,
        nodeLookup: Z.value
      },
      Y.value,
      B.value,
      y,
      Z.value
    ), pe = ((D = ue.connection) == null ? void 0 : D.source) === ((M = ue.connection) == null ? void 0 : M.target);
    ue.isValid && ue.connection && !pe && z.connect(ue.connection), z.clickConnectEnd(I), v(I, !0);
  }
  return {
    handlePointerDown: k,
    handleClick: L
  };
}
function Sd() {
  return $t(ni, "");
}
function fa(e) {
  const t = e ?? Sd() ?? "", n = $t(la, me(null)), { findNode: o, edges: i, emits: r } = Oe(), a = o(t);
  return a || r.error(new Fe(He.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: a,
    parentNode: W(() => o(a.parentNode)),
    connectedEdges: W(() => ta([a], i.value))
  };
}
function $d() {
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
function Ed(e, t) {
  const n = $d();
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
function ha() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: a, emits: s } = Oe();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = u ? 4 : 1, h = l.x * c * f, w = l.y * d * f, m = [];
    for (const y of e.value)
      if (y.draggable || a && typeof y.draggable > "u") {
        const x = { x: y.computedPosition.x + h, y: y.computedPosition.y + w }, { position: C } = ei(
          y,
          x,
          s.error,
          t.value,
          y.parentNode ? o(y.parentNode) : void 0
        );
        m.push({
          id: y.id,
          position: C,
          from: y.position,
          distance: { x: l.x, y: l.y },
          dimensions: y.dimensions
        });
      }
    n(m, !0, !1);
  };
}
const In = 0.1, Nd = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function gt() {
  return bn("Viewport not initialized yet."), Promise.resolve(!1);
}
const Cd = {
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
function Md(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? on : On).scaleBy(
        $o(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, a) {
    return new Promise((s) => {
      var l;
      const { x: u, y: c } = Wr({ x: -o, y: -i }, e.translateExtent), d = Wt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((a == null ? void 0 : a.interpolate) === "linear" ? on : On).transform(
        $o(e.d3Selection, a == null ? void 0 : a.duration, a == null ? void 0 : a.ease, () => {
          s(!0);
        }),
        d
      ) : s(!1);
    });
  }
  return W(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((a) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? on : On).scaleTo(
        $o(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
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
      padding: In,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, a;
      const s = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((r = i.nodes) != null && r.length) || (a = i.nodes) != null && a.length && i.nodes.includes(f.id)) && s.push(f);
      if (!s.length)
        return Promise.resolve(!1);
      const l = Qr(s), { x: u, y: c, zoom: d } = Mi(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? In
      );
      return n(u, c, d, i);
    },
    setCenter: (i, r, a) => {
      const s = typeof (a == null ? void 0 : a.zoom) < "u" ? a.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * s, u = e.dimensions.height / 2 - r * s;
      return n(l, u, s, a);
    },
    fitBounds: (i, r = { padding: In }) => {
      const { x: a, y: s, zoom: l } = Mi(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? In
      );
      return n(a, s, l, r);
    },
    project: (i) => mn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: a } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x - r,
          y: i.y - a
        };
        return mn(s, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: a } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x + r,
          y: i.y + a
        };
        return vn(s, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : Cd);
}
function $o(e, t = 0, n = Nd, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Id(e, t, n) {
  const o = fr(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let m, y, x = !!(n.nodes.value.length || n.edges.value.length);
        m = Vt([e.modelValue, () => {
          var C, p;
          return (p = (C = e.modelValue) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (y == null || y.pause(), n.setElements(C), !y && !x && C.length ? x = !0 : y == null || y.resume());
        }), y = Vt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([C, p]) => {
            var v;
            (v = e.modelValue) != null && v.value && Array.isArray(e.modelValue.value) && (m == null || m.pause(), e.modelValue.value = [...C, ...p], Ye(() => {
              m == null || m.resume();
            }));
          },
          { immediate: x }
        ), Dn(() => {
          m == null || m.stop(), y == null || y.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let m, y, x = !!n.nodes.value.length;
        m = Vt([e.nodes, () => {
          var C, p;
          return (p = (C = e.nodes) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (y == null || y.pause(), n.setNodes(C), !y && !x && C.length ? x = !0 : y == null || y.resume());
        }), y = Vt(
          [n.nodes, () => n.nodes.value.length],
          ([C]) => {
            var p;
            (p = e.nodes) != null && p.value && Array.isArray(e.nodes.value) && (m == null || m.pause(), e.nodes.value = [...C], Ye(() => {
              m == null || m.resume();
            }));
          },
          { immediate: x }
        ), Dn(() => {
          m == null || m.stop(), y == null || y.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        let m, y, x = !!n.edges.value.length;
        m = Vt([e.edges, () => {
          var C, p;
          return (p = (C = e.edges) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (y == null || y.pause(), n.setEdges(C), !y && !x && C.length ? x = !0 : y == null || y.resume());
        }), y = Vt(
          [n.edges, () => n.edges.value.length],
          ([C]) => {
            var p;
            (p = e.edges) != null && p.value && Array.isArray(e.edges.value) && (m == null || m.pause(), e.edges.value = [...C], Ye(() => {
              m == null || m.resume();
            }));
          },
          { immediate: x }
        ), Dn(() => {
          m == null || m.stop(), y == null || y.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        _e(
          () => t.maxZoom,
          () => {
            t.maxZoom && Le(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        _e(
          () => t.minZoom,
          () => {
            t.minZoom && Le(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        _e(
          () => t.translateExtent,
          () => {
            t.translateExtent && Le(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        _e(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Le(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        _e(
          () => t.applyDefault,
          () => {
            Le(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const m = async (y) => {
          let x = y;
          typeof t.autoConnect == "function" && (x = await t.autoConnect(y)), x !== !1 && n.addEdges([x]);
        };
        _e(
          () => t.autoConnect,
          () => {
            Le(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), _e(
          n.autoConnect,
          (y, x, C) => {
            y ? n.onConnect(m) : n.hooks.value.connect.off(m), C(() => {
              n.hooks.value.connect.off(m);
            });
          },
          { immediate: !0 }
        );
      });
    }, h = () => {
      const m = [
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
        const x = y;
        if (!m.includes(x)) {
          const C = De(() => t[x]), p = n[x];
          Xo(p) && o.run(() => {
            _e(
              C,
              (v) => {
                Le(v) && (p.value = v);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), a(), l(), s(), u(), c(), d(), f(), h();
    })();
  }), () => o.stop();
}
function Td() {
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
    error: oe((e) => bn(e.message))
  };
}
function Pd(e, t) {
  const n = Zt();
  Ra(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const a = (s) => {
        e(i, s);
      };
      r.setEmitter(a), un(r.removeEmitter), r.setHasEmitListeners(() => o(i)), un(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const a = Ad(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[a]);
  }
}
function Ad(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function va() {
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
    selectionMode: Qo.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: rn.Free,
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
      type: Nt.Bezier,
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
    multiSelectionKeyCode: Zn() ? "Meta" : "Control",
    zoomActivationKeyCode: Zn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: Td(),
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
const Dd = [
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
function zd(e, t, n) {
  const o = Md(e), i = (b) => {
    const g = b ?? [];
    e.hooks.updateNodeInternals.trigger(g);
  }, r = (b) => Zc(b, e.nodes, e.edges), a = (b) => Kc(b, e.nodes, e.edges), s = (b) => ta(b, e.edges), l = ({ id: b, type: g, nodeId: S }) => {
    var A;
    const T = b ? `-${g}-${b}` : `-${g}`;
    return Array.from(((A = e.connectionLookup.get(`${S}${T}`)) == null ? void 0 : A.values()) ?? []);
  }, u = (b) => {
    if (b)
      return t.value.get(b);
  }, c = (b) => {
    if (b)
      return n.value.get(b);
  }, d = (b, g, S) => {
    var A, T;
    const ne = [];
    for (const ie of b) {
      const ce = {
        id: ie.id,
        type: "position",
        dragging: S,
        from: ie.from
      };
      if (g && (ce.position = ie.position, ie.parentNode)) {
        const se = u(ie.parentNode);
        ce.position = {
          x: ce.position.x - (((A = se == null ? void 0 : se.computedPosition) == null ? void 0 : A.x) ?? 0),
          y: ce.position.y - (((T = se == null ? void 0 : se.computedPosition) == null ? void 0 : T.y) ?? 0)
        };
      }
      ne.push(ce);
    }
    ne != null && ne.length && e.hooks.nodesChange.trigger(ne);
  }, f = (b) => {
    if (!e.vueFlowRef)
      return;
    const g = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!g)
      return;
    const S = window.getComputedStyle(g), { m22: A } = new window.DOMMatrixReadOnly(S.transform), T = [];
    for (const ne of b) {
      const ie = ne, ce = u(ie.id);
      if (ce) {
        const se = oo(ie.nodeElement);
        if (!!(se.width && se.height && (ce.dimensions.width !== se.width || ce.dimensions.height !== se.height || ie.forceUpdate))) {
          const be = ie.nodeElement.getBoundingClientRect();
          ce.dimensions = se, ce.handleBounds.source = Hi("source", ie.nodeElement, be, A, ce.id), ce.handleBounds.target = Hi("target", ie.nodeElement, be, A, ce.id), T.push({
            id: ce.id,
            type: "dimensions",
            dimensions: se
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), T.length && e.hooks.nodesChange.trigger(T);
  }, h = (b, g) => {
    const S = /* @__PURE__ */ new Set(), A = /* @__PURE__ */ new Set();
    for (const ie of b)
      Pt(ie) ? S.add(ie.id) : kt(ie) && A.add(ie.id);
    const T = wt(t.value, S, !0), ne = wt(n.value, A);
    if (e.multiSelectionActive) {
      for (const ie of S)
        T.push(yt(ie, g));
      for (const ie of A)
        ne.push(yt(ie, g));
    }
    T.length && e.hooks.nodesChange.trigger(T), ne.length && e.hooks.edgesChange.trigger(ne);
  }, w = (b) => {
    if (e.multiSelectionActive) {
      const g = b.map((S) => yt(S.id, !0));
      e.hooks.nodesChange.trigger(g);
      return;
    }
    e.hooks.nodesChange.trigger(wt(t.value, new Set(b.map((g) => g.id)), !0)), e.hooks.edgesChange.trigger(wt(n.value));
  }, m = (b) => {
    if (e.multiSelectionActive) {
      const g = b.map((S) => yt(S.id, !0));
      e.hooks.edgesChange.trigger(g);
      return;
    }
    e.hooks.edgesChange.trigger(wt(n.value, new Set(b.map((g) => g.id)))), e.hooks.nodesChange.trigger(wt(t.value, /* @__PURE__ */ new Set(), !0));
  }, y = (b) => {
    h(b, !0);
  }, x = (b) => {
    const S = (b || e.nodes).map((A) => (A.selected = !1, yt(A.id, !1)));
    e.hooks.nodesChange.trigger(S);
  }, C = (b) => {
    const S = (b || e.edges).map((A) => (A.selected = !1, yt(A.id, !1)));
    e.hooks.edgesChange.trigger(S);
  }, p = (b) => {
    if (!b || !b.length)
      return h([], !1);
    const g = b.reduce(
      (S, A) => {
        const T = yt(A.id, !1);
        return Pt(A) ? S.nodes.push(T) : S.edges.push(T), S;
      },
      { nodes: [], edges: [] }
    );
    g.nodes.length && e.hooks.nodesChange.trigger(g.nodes), g.edges.length && e.hooks.edgesChange.trigger(g.edges);
  }, v = (b) => {
    var g;
    (g = e.d3Zoom) == null || g.scaleExtent([b, e.maxZoom]), e.minZoom = b;
  }, z = (b) => {
    var g;
    (g = e.d3Zoom) == null || g.scaleExtent([e.minZoom, b]), e.maxZoom = b;
  }, R = (b) => {
    var g;
    (g = e.d3Zoom) == null || g.translateExtent(b), e.translateExtent = b;
  }, Y = (b) => {
    e.nodeExtent = b, i();
  }, B = (b) => {
    var g;
    (g = e.d3Zoom) == null || g.clickDistance(b);
  }, U = (b) => {
    e.nodesDraggable = b, e.nodesConnectable = b, e.elementsSelectable = b;
  }, Z = (b) => {
    const g = b instanceof Function ? b(e.nodes) : b;
    !e.initialized && !g.length || (e.nodes = Fi(g, u, e.hooks.error.trigger));
  }, X = (b) => {
    const g = b instanceof Function ? b(e.edges) : b;
    if (!e.initialized && !g.length)
      return;
    const S = So(
      g,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    ko(e.connectionLookup, n.value, S), e.edges = S;
  }, N = (b) => {
    const g = b instanceof Function ? b([...e.nodes, ...e.edges]) : b;
    !e.initialized && !g.length || (Z(g.filter(Pt)), X(g.filter(kt)));
  }, j = (b) => {
    let g = b instanceof Function ? b(e.nodes) : b;
    g = Array.isArray(g) ? g : [g];
    const S = Fi(g, u, e.hooks.error.trigger), A = [];
    for (const T of S)
      A.push(Ai(T));
    A.length && e.hooks.nodesChange.trigger(A);
  }, k = (b) => {
    let g = b instanceof Function ? b(e.edges) : b;
    g = Array.isArray(g) ? g : [g];
    const S = So(
      g,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), A = [];
    for (const T of S)
      A.push(Ai(T));
    A.length && e.hooks.edgesChange.trigger(A);
  }, L = (b, g = !0, S = !1) => {
    const A = b instanceof Function ? b(e.nodes) : b, T = Array.isArray(A) ? A : [A], ne = [], ie = [];
    function ce(ve) {
      const be = s(ve);
      for (const Pe of be)
        (!Le(Pe.deletable) || Pe.deletable) && ie.push(zi(Pe.id, Pe.source, Pe.target, Pe.sourceHandle, Pe.targetHandle));
    }
    function se(ve) {
      const be = [];
      for (const Pe of e.nodes)
        Pe.parentNode === ve && be.push(Pe);
      if (be.length) {
        for (const Pe of be)
          ne.push(Di(Pe.id));
        g && ce(be);
        for (const Pe of be)
          se(Pe.id);
      }
    }
    for (const ve of T) {
      const be = typeof ve == "string" ? u(ve) : ve;
      be && (Le(be.deletable) && !be.deletable || (ne.push(Di(be.id)), g && ce([be]), S && se(be.id)));
    }
    ie.length && e.hooks.edgesChange.trigger(ie), ne.length && e.hooks.nodesChange.trigger(ne);
  }, I = (b) => {
    const g = b instanceof Function ? b(e.edges) : b, S = Array.isArray(g) ? g : [g], A = [];
    for (const T of S) {
      const ne = typeof T == "string" ? c(T) : T;
      ne && (Le(ne.deletable) && !ne.deletable || A.push(
        zi(
          typeof T == "string" ? T : T.id,
          ne.source,
          ne.target,
          ne.sourceHandle,
          ne.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(A);
  }, D = (b, g, S = !0) => {
    const A = c(b.id);
    if (!A)
      return !1;
    const T = e.edges.indexOf(A), ne = wd(b, g, A, S, e.hooks.error.trigger);
    if (ne) {
      const [ie] = So(
        [ne],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ce, se) => se === T ? ie : ce), ko(e.connectionLookup, n.value, [ie]), ie;
    }
    return !1;
  }, M = (b, g, S = { replace: !1 }) => {
    const A = c(b);
    if (!A)
      return;
    const T = typeof g == "function" ? g(A) : g;
    A.data = S.replace ? T : { ...A.data, ...T };
  }, V = (b) => Pi(b, e.nodes), G = (b) => {
    const g = Pi(b, e.edges);
    return ko(e.connectionLookup, n.value, g), g;
  }, J = (b, g, S = { replace: !1 }) => {
    const A = u(b);
    if (!A)
      return;
    const T = typeof g == "function" ? g(A) : g;
    S.replace ? e.nodes.splice(e.nodes.indexOf(A), 1, T) : Object.assign(A, T);
  }, re = (b, g, S = { replace: !1 }) => {
    const A = u(b);
    if (!A)
      return;
    const T = typeof g == "function" ? g(A) : g;
    A.data = S.replace ? T : { ...A.data, ...T };
  }, ue = (b, g, S = !1) => {
    S ? e.connectionClickStartHandle = b : e.connectionStartHandle = b, e.connectionEndHandle = null, e.connectionStatus = null, g && (e.connectionPosition = g);
  }, pe = (b, g = null, S = null) => {
    e.connectionStartHandle && (e.connectionPosition = b, e.connectionEndHandle = g, e.connectionStatus = S);
  }, ee = (b, g) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, g ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, K = (b) => {
    const g = Uc(b), S = g ? null : nn(b) ? b : u(b.id);
    return !g && !S ? [null, null, g] : [g ? b : Wn(S), S, g];
  }, Q = (b, g = !0, S = e.nodes) => {
    const [A, T, ne] = K(b);
    if (!A)
      return [];
    const ie = [];
    for (const ce of S || e.nodes) {
      if (!ne && (ce.id === T.id || !ce.computedPosition))
        continue;
      const se = Wn(ce), ve = Kn(se, A);
      (g && ve > 0 || ve >= se.width * se.height || ve >= Number(A.width) * Number(A.height)) && ie.push(ce);
    }
    return ie;
  }, ke = (b, g, S = !0) => {
    const [A] = K(b);
    if (!A)
      return !1;
    const T = Kn(A, g);
    return S && T > 0 || T >= Number(A.width) * Number(A.height);
  }, Me = (b) => {
    const { viewport: g, dimensions: S, d3Zoom: A, d3Selection: T, translateExtent: ne } = e;
    if (!A || !T || !b.x && !b.y)
      return !1;
    const ie = Wt.translate(g.x + b.x, g.y + b.y).scale(g.zoom), ce = [
      [0, 0],
      [S.width, S.height]
    ], se = A.constrain()(ie, ce, ne), ve = e.viewport.x !== se.x || e.viewport.y !== se.y || e.viewport.zoom !== se.k;
    return A.transform(T, se), ve;
  }, we = (b) => {
    const g = b instanceof Function ? b(e) : b, S = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Le(g.defaultEdgeOptions) && (e.defaultEdgeOptions = g.defaultEdgeOptions);
    const A = g.modelValue || g.nodes || g.edges ? [] : void 0;
    A && (g.modelValue && A.push(...g.modelValue), g.nodes && A.push(...g.nodes), g.edges && A.push(...g.edges), N(A));
    const T = () => {
      Le(g.maxZoom) && z(g.maxZoom), Le(g.minZoom) && v(g.minZoom), Le(g.translateExtent) && R(g.translateExtent);
    };
    for (const ne of Object.keys(g)) {
      const ie = ne, ce = g[ie];
      ![...Dd, ...S].includes(ie) && Le(ce) && (e[ie] = ce);
    }
    Co(() => e.d3Zoom).not.toBeNull().then(T), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: Z,
    setEdges: X,
    addNodes: j,
    addEdges: k,
    removeNodes: L,
    removeEdges: I,
    findNode: u,
    findEdge: c,
    updateEdge: D,
    updateEdgeData: M,
    updateNode: J,
    updateNodeData: re,
    applyEdgeChanges: G,
    applyNodeChanges: V,
    addSelectedElements: y,
    addSelectedNodes: w,
    addSelectedEdges: m,
    setMinZoom: v,
    setMaxZoom: z,
    setTranslateExtent: R,
    setNodeExtent: Y,
    setPaneClickDistance: B,
    removeSelectedElements: p,
    removeSelectedNodes: x,
    removeSelectedEdges: C,
    startConnection: ue,
    updateConnection: pe,
    endConnection: ee,
    setInteractive: U,
    setState: we,
    getIntersectingNodes: Q,
    getIncomers: r,
    getOutgoers: a,
    getConnectedEdges: s,
    getHandleConnections: l,
    isNodeIntersecting: ke,
    panBy: Me,
    fitView: (b) => o.value.fitView(b),
    zoomIn: (b) => o.value.zoomIn(b),
    zoomOut: (b) => o.value.zoomOut(b),
    zoomTo: (b, g) => o.value.zoomTo(b, g),
    setViewport: (b, g) => o.value.setViewport(b, g),
    setTransform: (b, g) => o.value.setTransform(b, g),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (b, g, S) => o.value.setCenter(b, g, S),
    fitBounds: (b, g) => o.value.fitBounds(b, g),
    project: (b) => o.value.project(b),
    screenToFlowCoordinate: (b) => o.value.screenToFlowCoordinate(b),
    flowToScreenCoordinate: (b) => o.value.flowToScreenCoordinate(b),
    toObject: () => {
      const b = [], g = [];
      for (const S of e.nodes) {
        const {
          computedPosition: A,
          handleBounds: T,
          selected: ne,
          dimensions: ie,
          isParent: ce,
          resizing: se,
          dragging: ve,
          events: be,
          ...Pe
        } = S;
        b.push(Pe);
      }
      for (const S of e.edges) {
        const { selected: A, sourceNode: T, targetNode: ne, events: ie, ...ce } = S;
        g.push(ce);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: b,
          edges: g,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (b) => new Promise((g) => {
      const { nodes: S, edges: A, position: T, zoom: ne, viewport: ie } = b;
      S && Z(S), A && X(A);
      const [ce, se] = ie != null && ie.x && (ie != null && ie.y) ? [ie.x, ie.y] : T ?? [null, null];
      if (ce && se) {
        const ve = (ie == null ? void 0 : ie.zoom) || ne || e.viewport.zoom;
        return Co(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ce,
            y: se,
            zoom: ve
          }).then(() => {
            g(!0);
          });
        });
      } else
        g(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const b = va();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const g = Wt.translate(b.defaultViewport.x ?? 0, b.defaultViewport.y ?? 0).scale(pt(b.defaultViewport.zoom ?? 1, b.minZoom, b.maxZoom)), S = e.viewportRef.getBoundingClientRect(), A = [
          [0, 0],
          [S.width, S.height]
        ], T = e.d3Zoom.constrain()(g, A, b.translateExtent);
        e.d3Zoom.transform(e.d3Selection, T);
      }
      we(b);
    },
    $destroy: () => {
    }
  };
}
const Od = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Bd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, bt = /* @__PURE__ */ Re({
  ...Bd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => le.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Fa(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = De(() => n.type ?? "source"), i = De(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: a,
      connectionClickStartHandle: s,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Oe(), { id: h, node: w, nodeEl: m, connectedEdges: y } = fa(), x = me(), C = De(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), p = De(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), v = De(
      () => {
        var X, N, j, k, L, I;
        return ((X = a.value) == null ? void 0 : X.nodeId) === h && ((N = a.value) == null ? void 0 : N.id) === e.id && ((j = a.value) == null ? void 0 : j.type) === o.value || ((k = l.value) == null ? void 0 : k.nodeId) === h && ((L = l.value) == null ? void 0 : L.id) === e.id && ((I = l.value) == null ? void 0 : I.type) === o.value;
      }
    ), z = De(
      () => {
        var X, N, j;
        return ((X = s.value) == null ? void 0 : X.nodeId) === h && ((N = s.value) == null ? void 0 : N.id) === e.id && ((j = s.value) == null ? void 0 : j.type) === o.value;
      }
    ), { handlePointerDown: R, handleClick: Y } = da({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = W(() => typeof e.connectable == "string" && e.connectable === "single" ? !y.value.some((X) => {
      const N = X[`${o.value}Handle`];
      return X[o.value] !== h ? !1 : N ? N === e.id : !0;
    }) : typeof e.connectable == "number" ? y.value.filter((X) => {
      const N = X[`${o.value}Handle`];
      return X[o.value] !== h ? !1 : N ? N === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(w, y.value) : Le(e.connectable) ? e.connectable : c.value);
    tt(() => {
      var X;
      if (!w.dimensions.width || !w.dimensions.height)
        return;
      const N = (X = w.handleBounds[o.value]) == null ? void 0 : X.find((V) => V.id === e.id);
      if (!u.value || N)
        return;
      const j = u.value.querySelector(".vue-flow__transformationpane");
      if (!m.value || !x.value || !j || !e.id)
        return;
      const k = m.value.getBoundingClientRect(), L = x.value.getBoundingClientRect(), I = window.getComputedStyle(j), { m22: D } = new window.DOMMatrixReadOnly(I.transform), M = {
        id: e.id,
        position: e.position,
        x: (L.left - k.left) / D,
        y: (L.top - k.top) / D,
        type: o.value,
        nodeId: h,
        ...oo(x.value)
      };
      w.handleBounds[o.value] = [...w.handleBounds[o.value] ?? [], M];
    });
    function U(X) {
      const N = ti(X);
      B.value && C.value && (N && X.button === 0 || !N) && R(X);
    }
    function Z(X) {
      !h || !s.value && !C.value || B.value && Y(X);
    }
    return t({
      handleClick: Y,
      handlePointerDown: R,
      onClick: Z,
      onPointerDown: U
    }), (X, N) => (E(), P("div", {
      ref_key: "handle",
      ref: x,
      "data-id": `${H(r)}-${H(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": H(h),
      "data-handlepos": X.position,
      class: Ae(["vue-flow__handle", [
        `vue-flow__handle-${X.position}`,
        `vue-flow__handle-${e.id}`,
        H(d),
        H(f),
        o.value,
        {
          connectable: B.value,
          connecting: z.value,
          connectablestart: C.value,
          connectableend: p.value,
          connectionindicator: B.value && (C.value && !v.value || p.value && v.value)
        }
      ]]),
      onMousedown: U,
      onTouchstartPassive: U,
      onClick: Z
    }, [
      qe(X.$slots, "default", { id: X.id })
    ], 42, Od));
  }
}), ao = function({
  sourcePosition: e = le.Bottom,
  targetPosition: t = le.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: a
}) {
  const s = a.label ?? n;
  return [
    Ne(bt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof s != "string" && s ? Ne(s) : Ne(ge, [s]),
    Ne(bt, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
ao.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
ao.inheritAttrs = !1;
ao.compatConfig = { MODE: 3 };
const Rd = ao, so = function({
  targetPosition: e = le.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ne(bt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ne(r) : Ne(ge, [r])
  ];
};
so.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
so.inheritAttrs = !1;
so.compatConfig = { MODE: 3 };
const Vd = so, lo = function({
  sourcePosition: e = le.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ne(r) : Ne(ge, [r]),
    Ne(bt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
lo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
lo.inheritAttrs = !1;
lo.compatConfig = { MODE: 3 };
const Ld = lo, Hd = ["transform"], Fd = ["width", "height", "x", "y", "rx", "ry"], Yd = ["y"], Xd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, qd = /* @__PURE__ */ Re({
  ...Xd,
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
    const t = me({ x: 0, y: 0, width: 0, height: 0 }), n = me(null), o = W(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    tt(i), _e([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, a) => (E(), P("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (E(), P("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Te(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Fd)) : te("", !0),
      _("text", vr(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        qe(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (E(), Be(qo(r.label), { key: 0 })) : (E(), P(ge, { key: 1 }, [
            xe(F(r.label), 1)
          ], 64))
        ])
      ], 16, Yd)
    ], 8, Hd));
  }
}), Gd = ["id", "d", "marker-end", "marker-start"], Ud = ["d", "stroke-width"], Wd = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, uo = /* @__PURE__ */ Re({
  ...Wd,
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
    const n = me(null), o = me(null), i = me(null), r = Ya();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (a, s) => (E(), P(ge, null, [
      _("path", vr(H(r), {
        id: a.id,
        ref_key: "pathEl",
        ref: n,
        d: a.path,
        class: "vue-flow__edge-path",
        "marker-end": a.markerEnd,
        "marker-start": a.markerStart
      }), null, 16, Gd),
      a.interactionWidth ? (E(), P("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: a.path,
        "stroke-width": a.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Ud)) : te("", !0),
      a.label && a.labelX && a.labelY ? (E(), Be(qd, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : te("", !0)
    ], 64));
  }
});
function ma({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, a = Math.abs(o - t) / 2, s = o < t ? o + a : o - a;
  return [r, s, i, a];
}
function pa({
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
function Tn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Gi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let a, s;
  switch (e) {
    case le.Left:
      a = t - Tn(t - o, r), s = n;
      break;
    case le.Right:
      a = t + Tn(o - t, r), s = n;
      break;
    case le.Top:
      a = t, s = n - Tn(n - i, r);
      break;
    case le.Bottom:
      a = t, s = n + Tn(i - n, r);
      break;
  }
  return [a, s];
}
function ga(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = le.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = le.Top,
    curvature: s = 0.25
  } = e, [l, u] = Gi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: s
  }), [c, d] = Gi({
    pos: a,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: s
  }), [f, h, w, m] = pa({
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
    w,
    m
  ];
}
function Ui({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, a;
  switch (e) {
    case le.Left:
    case le.Right:
      r = 0.5 * (t + o), a = n;
      break;
    case le.Top:
    case le.Bottom:
      r = t, a = 0.5 * (n + i);
      break;
  }
  return [r, a];
}
function ya(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = le.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = le.Top
  } = e, [s, l] = Ui({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = Ui({
    pos: a,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, h, w] = pa({
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
    h,
    w
  ];
}
const Wi = {
  [le.Left]: { x: -1, y: 0 },
  [le.Right]: { x: 1, y: 0 },
  [le.Top]: { x: 0, y: -1 },
  [le.Bottom]: { x: 0, y: 1 }
};
function Kd({
  source: e,
  sourcePosition: t = le.Bottom,
  target: n
}) {
  return t === le.Left || t === le.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Ki(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Zd({
  source: e,
  sourcePosition: t = le.Bottom,
  target: n,
  targetPosition: o = le.Top,
  center: i,
  offset: r
}) {
  const a = Wi[t], s = Wi[o], l = { x: e.x + a.x * r, y: e.y + a.y * r }, u = { x: n.x + s.x * r, y: n.y + s.y * r }, c = Kd({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, w, m;
  const y = { x: 0, y: 0 }, x = { x: 0, y: 0 }, [C, p, v, z] = ma({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[d] * s[d] === -1) {
    w = i.x ?? C, m = i.y ?? p;
    const Y = [
      { x: w, y: l.y },
      { x: w, y: u.y }
    ], B = [
      { x: l.x, y: m },
      { x: u.x, y: m }
    ];
    a[d] === f ? h = d === "x" ? Y : B : h = d === "x" ? B : Y;
  } else {
    const Y = [{ x: l.x, y: u.y }], B = [{ x: u.x, y: l.y }];
    if (d === "x" ? h = a.x === f ? B : Y : h = a.y === f ? Y : B, t === o) {
      const j = Math.abs(e[d] - n[d]);
      if (j <= r) {
        const k = Math.min(r - 1, r - j);
        a[d] === f ? y[d] = (l[d] > e[d] ? -1 : 1) * k : x[d] = (u[d] > n[d] ? -1 : 1) * k;
      }
    }
    if (t !== o) {
      const j = d === "x" ? "y" : "x", k = a[d] === s[j], L = l[j] > u[j], I = l[j] < u[j];
      (a[d] === 1 && (!k && L || k && I) || a[d] !== 1 && (!k && I || k && L)) && (h = d === "x" ? Y : B);
    }
    const U = { x: l.x + y.x, y: l.y + y.y }, Z = { x: u.x + x.x, y: u.y + x.y }, X = Math.max(Math.abs(U.x - h[0].x), Math.abs(Z.x - h[0].x)), N = Math.max(Math.abs(U.y - h[0].y), Math.abs(Z.y - h[0].y));
    X >= N ? (w = (U.x + Z.x) / 2, m = h[0].y) : (w = h[0].x, m = (U.y + Z.y) / 2);
  }
  return [[
    e,
    { x: l.x + y.x, y: l.y + y.y },
    ...h,
    { x: u.x + x.x, y: u.y + x.y },
    n
  ], w, m, v, z];
}
function jd(e, t, n, o) {
  const i = Math.min(Ki(e, t) / 2, Ki(t, n) / 2, o), { x: r, y: a } = t;
  if (e.x === r && r === n.x || e.y === a && a === n.y)
    return `L${r} ${a}`;
  if (e.y === a) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${a}Q ${r},${a} ${r},${a + i * c}`;
  }
  const s = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${r},${a + i * l}Q ${r},${a} ${r + i * s},${a}`;
}
function Ho(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = le.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = le.Top,
    borderRadius: s = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, h, w, m] = Zd({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: a,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((x, C, p) => {
    let v;
    return p > 0 && p < d.length - 1 ? v = jd(d[p - 1], C, d[p + 1], s) : v = `${p === 0 ? "M" : "L"}${C.x} ${C.y}`, x += v, x;
  }, ""), f, h, w, m];
}
function Jd(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, a, s, l] = ma({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, a, s, l];
}
const Qd = Re({
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
      const [n, o, i] = Jd(e);
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ef = Qd, tf = Re({
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
      const [n, o, i] = Ho({
        ...e,
        sourcePosition: e.sourcePosition ?? le.Bottom,
        targetPosition: e.targetPosition ?? le.Top
      });
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), wa = tf, nf = Re({
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
    return () => Ne(wa, { ...e, ...t, borderRadius: 0 });
  }
}), of = nf, rf = Re({
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
      const [n, o, i] = ga({
        ...e,
        sourcePosition: e.sourcePosition ?? le.Bottom,
        targetPosition: e.targetPosition ?? le.Top
      });
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), af = rf, sf = Re({
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
      const [n, o, i] = ya({
        ...e,
        sourcePosition: e.sourcePosition ?? le.Bottom,
        targetPosition: e.targetPosition ?? le.Top
      });
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), lf = sf, uf = {
  input: Ld,
  default: Rd,
  output: Vd
}, cf = {
  default: af,
  straight: ef,
  step: of,
  smoothstep: wa,
  simplebezier: lf
};
function df(e, t, n) {
  const o = W(() => (m) => t.value.get(m)), i = W(() => (m) => n.value.get(m)), r = W(() => {
    const m = {
      ...cf,
      ...e.edgeTypes
    }, y = Object.keys(m);
    for (const x of e.edges)
      x.type && !y.includes(x.type) && (m[x.type] = x.type);
    return m;
  }), a = W(() => {
    const m = {
      ...uf,
      ...e.nodeTypes
    }, y = Object.keys(m);
    for (const x of e.nodes)
      x.type && !y.includes(x.type) && (m[x.type] = x.type);
    return m;
  }), s = W(() => e.onlyRenderVisibleElements ? ea(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = W(() => {
    if (e.onlyRenderVisibleElements) {
      const m = [];
      for (const y of e.edges) {
        const x = t.value.get(y.source), C = t.value.get(y.target);
        sd({
          sourcePos: x.computedPosition || { x: 0, y: 0 },
          targetPos: C.computedPosition || { x: 0, y: 0 },
          sourceWidth: x.dimensions.width,
          sourceHeight: x.dimensions.height,
          targetWidth: C.dimensions.width,
          targetHeight: C.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && m.push(y);
      }
      return m;
    }
    return e.edges;
  }), u = W(() => [...s.value, ...l.value]), c = W(() => {
    const m = [];
    for (const y of e.nodes)
      y.selected && m.push(y);
    return m;
  }), d = W(() => {
    const m = [];
    for (const y of e.edges)
      y.selected && m.push(y);
    return m;
  }), f = W(() => [
    ...c.value,
    ...d.value
  ]), h = W(() => {
    const m = [];
    for (const y of e.nodes)
      y.dimensions.width && y.dimensions.height && y.handleBounds !== void 0 && m.push(y);
    return m;
  }), w = W(
    () => s.value.length > 0 && h.value.length === s.value.length
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
    getNodesInitialized: h,
    areNodesInitialized: w
  };
}
class Ct {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = Zt()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Ct.instance;
    return Ct.instance = o ?? new Ct(), n && (n.config.globalProperties.$vueFlowStorage = Ct.instance), Ct.instance;
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
    const o = va(), i = sn(o), r = {};
    for (const [f, h] of Object.entries(i.hooks)) {
      const w = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[w] = h.on;
    }
    const a = {};
    for (const [f, h] of Object.entries(i.hooks))
      a[f] = h.trigger;
    const s = W(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        f.set(h.id, h);
      return f;
    }), l = W(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        f.set(h.id, h);
      return f;
    }), u = df(i, s, l), c = zd(i, s, l);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...u,
      ...c,
      ...ns(i),
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
function Oe(e) {
  const t = Ct.getInstance(), n = dr(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, a = r ?? (n == null ? void 0 : n.vueFlowId);
  let s;
  if (n) {
    const l = $t(qi, null);
    typeof l < "u" && l !== null && (!a || l.id === a) && (s = l);
  }
  if (s || a && (s = t.get(a)), !s || a && s.id !== a) {
    const l = r ?? t.getId(), u = t.create(l, i);
    s = u, (n ?? fr(!0)).run(() => {
      _e(
        u.applyDefault,
        (d, f, h) => {
          const w = (y) => {
            u.applyNodeChanges(y);
          }, m = (y) => {
            u.applyEdgeChanges(y);
          };
          d ? (u.onNodesChange(w), u.onEdgesChange(m)) : (u.hooks.value.nodesChange.off(w), u.hooks.value.edgesChange.off(m)), h(() => {
            u.hooks.value.nodesChange.off(w), u.hooks.value.edgesChange.off(m);
          });
        },
        { immediate: !0 }
      ), un(() => {
        if (s) {
          const d = t.get(s.id);
          d ? d.$destroy() : bn(`No store instance found for id ${s.id} in storage.`);
        }
      });
    });
  } else
    o && s.setState(i);
  if (n && (At(qi, s), n.vueFlowId = s.id), o) {
    const l = Zt();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && s.emits.error(new Fe(He.USEVUEFLOW_OPTIONS));
  }
  return s;
}
function ff(e) {
  const { emits: t, dimensions: n } = Oe();
  let o;
  tt(() => {
    const i = () => {
      var r, a;
      if (!e.value || !(((a = (r = e.value).checkVisibility) == null ? void 0 : a.call(r)) ?? !0))
        return;
      const s = oo(e.value);
      (s.width === 0 || s.height === 0) && t.error(new Fe(He.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: s.width || 500, height: s.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), jt(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const hf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, vf = /* @__PURE__ */ Re({
  ...hf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (E(), P("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Te({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), mf = ["tabIndex"], pf = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, gf = /* @__PURE__ */ Re({
  ...pf,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: a } = Oe(), s = ha(), l = me(null), u = ua({
      el: l,
      onStart(w) {
        t.selectionDragStart(w), t.nodeDragStart(w);
      },
      onDrag(w) {
        t.selectionDrag(w), t.nodeDrag(w);
      },
      onStop(w) {
        t.selectionDragStop(w), t.nodeDragStop(w);
      }
    });
    tt(() => {
      var w;
      r.value || (w = l.value) == null || w.focus({ preventScroll: !0 });
    });
    const c = W(() => Qr(o.value)), d = W(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(w) {
      t.selectionContextMenu({ event: w, nodes: o.value });
    }
    function h(w) {
      r.value || Yt[w.key] && (w.preventDefault(), s(
        {
          x: Yt[w.key].x,
          y: Yt[w.key].y
        },
        w.shiftKey
      ));
    }
    return (w, m) => !H(a) && c.value.width && c.value.height ? (E(), P("div", {
      key: 0,
      class: Ae(["vue-flow__nodesselection vue-flow__container", H(i)]),
      style: Te({ transform: `translate(${H(n).x}px,${H(n).y}px) scale(${H(n).zoom})` })
    }, [
      _("div", {
        ref_key: "el",
        ref: l,
        class: Ae([{ dragging: H(u) }, "vue-flow__nodesselection-rect"]),
        style: Te(d.value),
        tabIndex: H(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, mf)
    ], 6)) : te("", !0);
  }
});
function yf(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const wf = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, xf = /* @__PURE__ */ Re({
  ...wf,
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
      removeEdges: h,
      selectionMode: w,
      deleteKeyCode: m,
      multiSelectionKeyCode: y,
      multiSelectionActive: x,
      edgeLookup: C,
      nodeLookup: p,
      connectionLookup: v,
      defaultEdgeOptions: z,
      connectionStartHandle: R,
      panOnDrag: Y
    } = Oe(), B = xt(null), U = xt(/* @__PURE__ */ new Set()), Z = xt(/* @__PURE__ */ new Set()), X = xt(null), N = De(() => l.value && (e.isSelecting || r.value)), j = De(() => R.value !== null);
    let k = !1, L = !1;
    const I = an(m, { actInsideInputWithModifier: !1 }), D = an(y);
    _e(I, (ee) => {
      ee && (f(d.value), h(c.value), u.value = !1);
    }), _e(D, (ee) => {
      x.value = ee;
    });
    function M(ee, K) {
      return (Q) => {
        Q.target === K && (ee == null || ee(Q));
      };
    }
    function V(ee) {
      if (k || j.value) {
        k = !1;
        return;
      }
      i.paneClick(ee), a(), u.value = !1;
    }
    function G(ee) {
      var K;
      if (Array.isArray(Y.value) && ((K = Y.value) != null && K.includes(2))) {
        ee.preventDefault();
        return;
      }
      i.paneContextMenu(ee);
    }
    function J(ee) {
      i.paneScroll(ee);
    }
    function re(ee) {
      var K, Q, ke;
      if (X.value = ((K = t.value) == null ? void 0 : K.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || ee.button !== 0 || ee.target !== B.value || !X.value)
        return;
      (ke = (Q = ee.target) == null ? void 0 : Q.setPointerCapture) == null || ke.call(Q, ee.pointerId);
      const { x: Me, y: we } = yf(ee, X.value);
      L = !0, k = !1, a(), s.value = {
        width: 0,
        height: 0,
        startX: Me,
        startY: we,
        x: Me,
        y: we
      }, i.selectionStart(ee);
    }
    function ue(ee) {
      var K;
      if (!X.value || !s.value)
        return;
      k = !0;
      const { x: Q, y: ke } = at(ee, X.value), { startX: Me = 0, startY: we = 0 } = s.value, Ee = {
        startX: Me,
        startY: we,
        x: Q < Me ? Q : Me,
        y: ke < we ? ke : we,
        width: Math.abs(Q - Me),
        height: Math.abs(ke - we)
      }, fe = U.value, de = Z.value;
      U.value = new Set(
        ea(n.value, Ee, o.value, w.value === Qo.Partial, !0).map(
          (g) => g.id
        )
      ), Z.value = /* @__PURE__ */ new Set();
      const b = ((K = z.value) == null ? void 0 : K.selectable) ?? !0;
      for (const g of U.value) {
        const S = v.value.get(g);
        if (S)
          for (const { edgeId: A } of S.values()) {
            const T = C.value.get(A);
            T && (T.selectable ?? b) && Z.value.add(A);
          }
      }
      if (!Xi(fe, U.value)) {
        const g = wt(p.value, U.value, !0);
        i.nodesChange(g);
      }
      if (!Xi(de, Z.value)) {
        const g = wt(C.value, Z.value);
        i.edgesChange(g);
      }
      s.value = Ee, r.value = !0, u.value = !1;
    }
    function pe(ee) {
      var K;
      ee.button !== 0 || !L || ((K = ee.target) == null || K.releasePointerCapture(ee.pointerId), !r.value && s.value && ee.target === B.value && V(ee), r.value = !1, s.value = null, u.value = U.value.size > 0, i.selectionEnd(ee), e.selectionKeyPressed && (k = !1), L = !1);
    }
    return (ee, K) => (E(), P("div", {
      ref_key: "container",
      ref: B,
      class: Ae(["vue-flow__pane vue-flow__container", { selection: ee.isSelecting }]),
      onClick: K[0] || (K[0] = (Q) => N.value ? void 0 : M(V, B.value)(Q)),
      onContextmenu: K[1] || (K[1] = (Q) => M(G, B.value)(Q)),
      onWheelPassive: K[2] || (K[2] = (Q) => M(J, B.value)(Q)),
      onPointerenter: K[3] || (K[3] = (Q) => N.value ? void 0 : H(i).paneMouseEnter(Q)),
      onPointerdown: K[4] || (K[4] = (Q) => N.value ? re(Q) : H(i).paneMouseMove(Q)),
      onPointermove: K[5] || (K[5] = (Q) => N.value ? ue(Q) : H(i).paneMouseMove(Q)),
      onPointerup: K[6] || (K[6] = (Q) => N.value ? pe(Q) : void 0),
      onPointerleave: K[7] || (K[7] = (Q) => H(i).paneMouseLeave(Q))
    }, [
      qe(ee.$slots, "default"),
      H(r) && H(s) ? (E(), Be(vf, {
        key: 0,
        "user-selection-rect": H(s)
      }, null, 8, ["user-selection-rect"])) : te("", !0),
      H(u) && H(d).length ? (E(), Be(gf, { key: 1 })) : te("", !0)
    ], 34));
  }
}), bf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, _f = /* @__PURE__ */ Re({
  ...bf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Oe(), i = W(() => n.value ? !o.value : !1), r = W(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (a, s) => (E(), P("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Te({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      qe(a.$slots, "default")
    ], 4));
  }
}), kf = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Sf = /* @__PURE__ */ Re({
  ...kf,
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
      zoomOnPinch: h,
      zoomOnScroll: w,
      preventScrolling: m,
      noWheelClassName: y,
      noPanClassName: x,
      emits: C,
      connectionStartHandle: p,
      userSelectionActive: v,
      paneDragging: z,
      d3Zoom: R,
      d3Selection: Y,
      d3ZoomHandler: B,
      viewport: U,
      viewportRef: Z,
      paneClickDistance: X
    } = Oe();
    ff(Z);
    const N = xt(!1), j = xt(!1);
    let k = null, L = !1, I = 0, D = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = an(s), V = an(a), G = an(r), J = De(
      () => (!V.value || V.value && a.value === !0) && (M.value || d.value)
    ), re = De(() => M.value || l.value), ue = De(() => a.value === !0 && J.value !== !0), pe = De(
      () => V.value && a.value !== !0 || v.value || ue.value
    ), ee = De(() => p.value !== null);
    tt(() => {
      if (!Z.value) {
        bn("Viewport element is missing");
        return;
      }
      const we = Z.value, Ee = we.getBoundingClientRect(), fe = Lc().clickDistance(X.value).scaleExtent([t.value, n.value]).translateExtent(i.value), de = Qe(we).call(fe), b = de.on("wheel.zoom"), g = Wt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(pt(o.value.zoom ?? 1, t.value, n.value)), S = [
        [0, 0],
        [Ee.width, Ee.height]
      ], A = fe.constrain()(g, S, i.value);
      fe.transform(de, A), fe.wheelDelta(Ii), R.value = fe, Y.value = de, B.value = b, U.value = { x: A.x, y: A.y, zoom: A.k }, fe.on("start", (T) => {
        var ne;
        if (!T.sourceEvent)
          return null;
        I = T.sourceEvent.button, N.value = !0;
        const ie = ke(T.transform);
        ((ne = T.sourceEvent) == null ? void 0 : ne.type) === "mousedown" && (z.value = !0), D = ie, C.viewportChangeStart(ie), C.moveStart({ event: T, flowTransform: ie });
      }), fe.on("end", (T) => {
        if (!T.sourceEvent)
          return null;
        if (N.value = !1, z.value = !1, K(J.value, I ?? 0) && !L && C.paneContextMenu(T.sourceEvent), L = !1, Q(D, T.transform)) {
          const ne = ke(T.transform);
          D = ne, C.viewportChangeEnd(ne), C.moveEnd({ event: T, flowTransform: ne });
        }
      }), fe.filter((T) => {
        var ne;
        const ie = G.value || w.value, ce = h.value && T.ctrlKey, se = T.button, ve = T.type === "wheel";
        if (se === 1 && T.type === "mousedown" && (Me(T, "vue-flow__node") || Me(T, "vue-flow__edge")))
          return !0;
        if (!J.value && !ie && !re.value && !f.value && !h.value || v.value || ee.value && !ve || !f.value && T.type === "dblclick" || Me(T, y.value) && ve || Me(T, x.value) && (!ve || re.value && ve && !G.value) || !h.value && T.ctrlKey && ve || !ie && !re.value && !ce && ve)
          return !1;
        if (!h && T.type === "touchstart" && ((ne = T.touches) == null ? void 0 : ne.length) > 1)
          return T.preventDefault(), !1;
        if (!J.value && (T.type === "mousedown" || T.type === "touchstart") || ue.value && Array.isArray(d.value) && d.value.includes(0) && se === 0 || Array.isArray(d.value) && !d.value.includes(se) && (T.type === "mousedown" || T.type === "touchstart"))
          return !1;
        const be = Array.isArray(d.value) && d.value.includes(se) || a.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !se || se <= 1;
        return (!T.ctrlKey || M.value || ve) && be;
      }), _e(
        [v, J],
        () => {
          v.value && !N.value ? fe.on("zoom", null) : v.value || fe.on("zoom", (T) => {
            U.value = { x: T.transform.x, y: T.transform.y, zoom: T.transform.k };
            const ne = ke(T.transform);
            L = K(J.value, I ?? 0), C.viewportChange(ne), C.move({ event: T, flowTransform: ne });
          });
        },
        { immediate: !0 }
      ), _e(
        [v, re, u, G, h, m, y],
        () => {
          re.value && !G.value && !v.value ? de.on(
            "wheel.zoom",
            (T) => {
              if (Me(T, y.value))
                return !1;
              const ne = G.value || w.value, ie = h.value && T.ctrlKey;
              if (!(!m.value || re.value || ne || ie))
                return !1;
              T.preventDefault(), T.stopImmediatePropagation();
              const se = de.property("__zoom").k || 1, ve = Zn();
              if (!M.value && T.ctrlKey && h.value && ve) {
                const fo = it(T), _n = Ii(T), ho = se * 2 ** _n;
                fe.scaleTo(de, ho, fo, T);
                return;
              }
              const be = T.deltaMode === 1 ? 20 : 1;
              let Pe = u.value === rn.Vertical ? 0 : T.deltaX * be, ot = u.value === rn.Horizontal ? 0 : T.deltaY * be;
              !ve && T.shiftKey && u.value !== rn.Vertical && !Pe && ot && (Pe = ot, ot = 0), fe.translateBy(
                de,
                -(Pe / se) * c.value,
                -(ot / se) * c.value
              );
              const Ue = ke(de.property("__zoom"));
              k && clearTimeout(k), j.value ? (C.move({ event: T, flowTransform: Ue }), C.viewportChange(Ue), k = setTimeout(() => {
                C.moveEnd({ event: T, flowTransform: Ue }), C.viewportChangeEnd(Ue), j.value = !1;
              }, 150)) : (j.value = !0, C.moveStart({ event: T, flowTransform: Ue }), C.viewportChangeStart(Ue));
            },
            { passive: !1 }
          ) : typeof b < "u" && de.on(
            "wheel.zoom",
            function(T, ne) {
              const ie = !m.value && T.type === "wheel" && !T.ctrlKey, ce = G.value || w.value, se = h.value && T.ctrlKey;
              if (!ce && !l.value && !se && T.type === "wheel" || ie || Me(T, y.value))
                return null;
              T.preventDefault(), b.call(this, T, ne);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function K(we, Ee) {
      return Ee === 2 && Array.isArray(we) && we.includes(2);
    }
    function Q(we, Ee) {
      return we.x !== Ee.x && !Number.isNaN(Ee.x) || we.y !== Ee.y && !Number.isNaN(Ee.y) || we.zoom !== Ee.k && !Number.isNaN(Ee.k);
    }
    function ke(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Me(we, Ee) {
      return we.target.closest(`.${Ee}`);
    }
    return (we, Ee) => (E(), P("div", {
      ref_key: "viewportRef",
      ref: Z,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ae(xf, {
        "is-selecting": pe.value,
        "selection-key-pressed": H(V),
        class: Ae({
          connecting: ee.value,
          dragging: H(z),
          draggable: H(d) === !0 || Array.isArray(H(d)) && H(d).includes(0)
        })
      }, {
        default: Ve(() => [
          ae(_f, null, {
            default: Ve(() => [
              qe(we.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), $f = ["id"], Ef = ["id"], Nf = ["id"], Cf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Mf = /* @__PURE__ */ Re({
  ...Cf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Oe();
    return (i, r) => (E(), P(ge, null, [
      _("div", {
        id: `${H(qr)}-${H(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + F(H(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, $f),
      _("div", {
        id: `${H(Gr)}-${H(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Ef),
      H(n) ? te("", !0) : (E(), P("div", {
        key: 0,
        id: `${H(Gc)}-${H(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, F(H(o)), 9, Nf))
    ], 64));
  }
});
function If() {
  const e = Oe();
  _e(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Tf(e, t, n) {
  return n === le.Left ? e - t : n === le.Right ? e + t : e;
}
function Pf(e, t, n) {
  return n === le.Top ? e - t : n === le.Bottom ? e + t : e;
}
const oi = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = le.Top,
  type: i
}) {
  return Ne("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Tf(t, e, o),
    cy: Pf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
oi.props = ["radius", "centerX", "centerY", "position", "type"];
oi.compatConfig = { MODE: 3 };
const Zi = oi, Af = Re({
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
      multiSelectionActive: h,
      disableKeyboardA11y: w,
      elementsSelectable: m,
      edgesUpdatable: y,
      edgesFocusable: x,
      hooks: C
    } = Oe(), p = W(() => c(e.id)), { emit: v, on: z } = kd(p.value, r), R = $t(ro), Y = Zt(), B = me(!1), U = me(!1), Z = me(""), X = me(null), N = me("source"), j = me(null), k = De(
      () => typeof p.value.selectable > "u" ? m.value : p.value.selectable
    ), L = De(() => typeof p.value.updatable > "u" ? y.value : p.value.updatable), I = De(() => typeof p.value.focusable > "u" ? x.value : p.value.focusable);
    At(xd, e.id), At(bd, j);
    const D = W(() => p.value.class instanceof Function ? p.value.class(p.value) : p.value.class), M = W(() => p.value.style instanceof Function ? p.value.style(p.value) : p.value.style), V = W(() => {
      const g = p.value.type || "default", S = R == null ? void 0 : R[`edge-${g}`];
      if (S)
        return S;
      let A = p.value.template ?? l.value[g];
      if (typeof A == "string" && Y) {
        const T = Object.keys(Y.appContext.components);
        T && T.includes(g) && (A = hr(g, !1));
      }
      return A && typeof A != "string" ? A : (r.error(new Fe(He.EDGE_TYPE_MISSING, A)), !1);
    }), { handlePointerDown: G } = da({
      nodeId: Z,
      handleId: X,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: ue,
      onEdgeUpdateEnd: pe
    });
    return () => {
      const g = d(p.value.source), S = d(p.value.target), A = "pathOptions" in p.value ? p.value.pathOptions : {};
      if (!g && !S)
        return r.error(new Fe(He.EDGE_SOURCE_TARGET_MISSING, p.value.id, p.value.source, p.value.target)), null;
      if (!g)
        return r.error(new Fe(He.EDGE_SOURCE_MISSING, p.value.id, p.value.source)), null;
      if (!S)
        return r.error(new Fe(He.EDGE_TARGET_MISSING, p.value.id, p.value.target)), null;
      if (!p.value || p.value.hidden || g.hidden || S.hidden)
        return null;
      let T;
      o.value === _t.Strict ? T = g.handleBounds.source : T = [...g.handleBounds.source || [], ...g.handleBounds.target || []];
      const ne = Ri(T, p.value.sourceHandle);
      let ie;
      o.value === _t.Strict ? ie = S.handleBounds.target : ie = [...S.handleBounds.target || [], ...S.handleBounds.source || []];
      const ce = Ri(ie, p.value.targetHandle), se = (ne == null ? void 0 : ne.position) || le.Bottom, ve = (ce == null ? void 0 : ce.position) || le.Top, { x: be, y: Pe } = Kt(g, ne, se), { x: ot, y: Ue } = Kt(S, ce, ve);
      return p.value.sourceX = be, p.value.sourceY = Pe, p.value.targetX = ot, p.value.targetY = Ue, Ne(
        "g",
        {
          ref: j,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${V.value === !1 ? "default" : p.value.type || "default"}`,
            s.value,
            D.value,
            {
              updating: B.value,
              selected: p.value.selected,
              animated: p.value.animated,
              inactive: !k.value && !C.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: I.value ? 0 : void 0,
          "aria-label": p.value.ariaLabel === null ? void 0 : p.value.ariaLabel ?? `Edge from ${p.value.source} to ${p.value.target}`,
          "aria-describedby": I.value ? `${Gr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: I.value ? "group" : "img",
          ...p.value.domAttributes,
          onClick: K,
          onContextmenu: Q,
          onDblclick: ke,
          onMouseenter: Me,
          onMousemove: we,
          onMouseleave: Ee,
          onKeyDown: I.value ? b : void 0
        },
        [
          U.value ? null : Ne(V.value === !1 ? l.value.default : V.value, {
            id: e.id,
            sourceNode: g,
            targetNode: S,
            source: p.value.source,
            target: p.value.target,
            type: p.value.type,
            updatable: L.value,
            selected: p.value.selected,
            animated: p.value.animated,
            label: p.value.label,
            labelStyle: p.value.labelStyle,
            labelShowBg: p.value.labelShowBg,
            labelBgStyle: p.value.labelBgStyle,
            labelBgPadding: p.value.labelBgPadding,
            labelBgBorderRadius: p.value.labelBgBorderRadius,
            data: p.value.data,
            events: { ...p.value.events, ...z },
            style: M.value,
            markerStart: `url('#${pn(p.value.markerStart, t)}')`,
            markerEnd: `url('#${pn(p.value.markerEnd, t)}')`,
            sourcePosition: se,
            targetPosition: ve,
            sourceX: be,
            sourceY: Pe,
            targetX: ot,
            targetY: Ue,
            sourceHandleId: p.value.sourceHandle,
            targetHandleId: p.value.targetHandle,
            interactionWidth: p.value.interactionWidth,
            ...A
          }),
          [
            L.value === "source" || L.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: fe,
                  onMouseenter: J,
                  onMouseout: re
                },
                Ne(Zi, {
                  position: se,
                  centerX: be,
                  centerY: Pe,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            L.value === "target" || L.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: de,
                  onMouseenter: J,
                  onMouseout: re
                },
                Ne(Zi, {
                  position: ve,
                  centerX: ot,
                  centerY: Ue,
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
    function J() {
      B.value = !0;
    }
    function re() {
      B.value = !1;
    }
    function ue(g, S) {
      v.update({ event: g, edge: p.value, connection: S });
    }
    function pe(g) {
      v.updateEnd({ event: g, edge: p.value }), U.value = !1;
    }
    function ee(g, S) {
      g.button === 0 && (U.value = !0, Z.value = S ? p.value.target : p.value.source, X.value = (S ? p.value.targetHandle : p.value.sourceHandle) ?? null, N.value = S ? "target" : "source", v.updateStart({ event: g, edge: p.value }), G(g));
    }
    function K(g) {
      var S;
      const A = { event: g, edge: p.value };
      k.value && (a.value = !1, p.value.selected && h.value ? (u([p.value]), (S = j.value) == null || S.blur()) : n([p.value])), v.click(A);
    }
    function Q(g) {
      v.contextMenu({ event: g, edge: p.value });
    }
    function ke(g) {
      v.doubleClick({ event: g, edge: p.value });
    }
    function Me(g) {
      v.mouseEnter({ event: g, edge: p.value });
    }
    function we(g) {
      v.mouseMove({ event: g, edge: p.value });
    }
    function Ee(g) {
      v.mouseLeave({ event: g, edge: p.value });
    }
    function fe(g) {
      ee(g, !0);
    }
    function de(g) {
      ee(g, !1);
    }
    function b(g) {
      var S;
      !w.value && Ur.includes(g.key) && k.value && (g.key === "Escape" ? ((S = j.value) == null || S.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Df = Af, zf = Re({
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
    } = Oe(), f = (e = $t(ro)) == null ? void 0 : e["connection-line"], h = W(() => {
      var C;
      return d((C = o.value) == null ? void 0 : C.nodeId);
    }), w = W(() => {
      var C;
      return d((C = i.value) == null ? void 0 : C.nodeId) ?? null;
    }), m = W(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), y = W(
      () => l.value.markerStart ? `url(#${pn(l.value.markerStart, t)})` : ""
    ), x = W(
      () => l.value.markerEnd ? `url(#${pn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var C, p, v;
      if (!h.value || !o.value)
        return null;
      const z = o.value.id, R = o.value.type, Y = h.value.handleBounds;
      let B = (Y == null ? void 0 : Y[R]) ?? [];
      if (n.value === _t.Loose) {
        const M = (Y == null ? void 0 : Y[R === "source" ? "target" : "source"]) ?? [];
        B = [...B, ...M];
      }
      if (!B)
        return null;
      const U = (z ? B.find((M) => M.id === z) : B[0]) ?? null, Z = (U == null ? void 0 : U.position) ?? le.Top, { x: X, y: N } = Kt(h.value, U, Z);
      let j = null;
      w.value && (n.value === _t.Strict ? j = ((C = w.value.handleBounds[R === "source" ? "target" : "source"]) == null ? void 0 : C.find(
        (M) => {
          var V;
          return M.id === ((V = i.value) == null ? void 0 : V.id);
        }
      )) || null : j = ((p = [...w.value.handleBounds.source ?? [], ...w.value.handleBounds.target ?? []]) == null ? void 0 : p.find(
        (M) => {
          var V;
          return M.id === ((V = i.value) == null ? void 0 : V.id);
        }
      )) || null);
      const k = ((v = i.value) == null ? void 0 : v.position) ?? (Z ? Vo[Z] : null);
      if (!Z || !k)
        return null;
      const L = a.value ?? l.value.type ?? Nt.Bezier;
      let I = "";
      const D = {
        sourceX: X,
        sourceY: N,
        sourcePosition: Z,
        targetX: m.value.x,
        targetY: m.value.y,
        targetPosition: k
      };
      return L === Nt.Bezier ? [I] = ga(D) : L === Nt.Step ? [I] = Ho({
        ...D,
        borderRadius: 0
      }) : L === Nt.SmoothStep ? [I] = Ho(D) : L === Nt.SimpleBezier ? [I] = ya(D) : I = `M${X},${N} ${m.value.x},${m.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: X,
            sourceY: N,
            sourcePosition: Z,
            targetX: m.value.x,
            targetY: m.value.y,
            targetPosition: k,
            sourceNode: h.value,
            sourceHandle: U,
            targetNode: w.value,
            targetHandle: j,
            markerEnd: x.value,
            markerStart: y.value,
            connectionStatus: u.value
          }) : Ne("path", {
            d: I,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...s.value,
              ...l.value.style
            },
            "marker-end": x.value,
            "marker-start": y.value
          })
        )
      );
    };
  }
}), Of = zf, Bf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Rf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Vf = /* @__PURE__ */ Re({
  ...Rf,
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
    return (t, n) => (E(), P("marker", {
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
      t.type === H(Bo).ArrowClosed ? (E(), P("polyline", {
        key: 0,
        style: Te({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : te("", !0),
      t.type === H(Bo).Arrow ? (E(), P("polyline", {
        key: 1,
        style: Te({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : te("", !0)
    ], 8, Bf));
  }
}), Lf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Hf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Ff = /* @__PURE__ */ Re({
  ...Hf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Oe(), r = W(() => {
      const a = /* @__PURE__ */ new Set(), s = [], l = (u) => {
        if (u) {
          const c = pn(u, t);
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
    return (a, s) => (E(), P("svg", Lf, [
      _("defs", null, [
        (E(!0), P(ge, null, ze(r.value, (l) => (E(), Be(Vf, {
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
}), Yf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Xf = /* @__PURE__ */ Re({
  ...Yf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Oe();
    return (i, r) => (E(), P(ge, null, [
      ae(Ff),
      (E(!0), P(ge, null, ze(H(n), (a) => (E(), P("svg", {
        key: a.id,
        class: "vue-flow__edges vue-flow__container",
        style: Te({ zIndex: H(ld)(a, H(t), H(o)) })
      }, [
        ae(H(Df), {
          id: a.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ae(H(Of))
    ], 64));
  }
}), qf = Re({
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
      elevateNodesOnSelect: h,
      disableKeyboardA11y: w,
      ariaLiveMessage: m,
      snapToGrid: y,
      snapGrid: x,
      nodeDragThreshold: C,
      nodesDraggable: p,
      elementsSelectable: v,
      nodesConnectable: z,
      nodesFocusable: R,
      hooks: Y
    } = Oe(), B = me(null);
    At(la, B), At(ni, e.id);
    const U = $t(ro), Z = Zt(), X = ha(), { node: N, parentNode: j } = fa(e.id), { emit: k, on: L } = Ed(N, a), I = De(() => typeof N.draggable > "u" ? p.value : N.draggable), D = De(() => typeof N.selectable > "u" ? v.value : N.selectable), M = De(() => typeof N.connectable > "u" ? z.value : N.connectable), V = De(() => typeof N.focusable > "u" ? R.value : N.focusable), G = W(
      () => D.value || I.value || Y.value.nodeClick.hasListeners() || Y.value.nodeDoubleClick.hasListeners() || Y.value.nodeMouseEnter.hasListeners() || Y.value.nodeMouseMove.hasListeners() || Y.value.nodeMouseLeave.hasListeners()
    ), J = De(() => !!N.dimensions.width && !!N.dimensions.height), re = W(() => {
      const S = N.type || "default", A = U == null ? void 0 : U[`node-${S}`];
      if (A)
        return A;
      let T = N.template || d.value[S];
      if (typeof T == "string" && Z) {
        const ne = Object.keys(Z.appContext.components);
        ne && ne.includes(S) && (T = hr(S, !1));
      }
      return T && typeof T != "string" ? T : (a.error(new Fe(He.NODE_TYPE_MISSING, T)), !1);
    }), ue = ua({
      id: e.id,
      el: B,
      disabled: () => !I.value,
      selectable: D,
      dragHandle: () => N.dragHandle,
      onStart(S) {
        k.dragStart(S);
      },
      onDrag(S) {
        k.drag(S);
      },
      onStop(S) {
        k.dragStop(S);
      },
      onClick(S) {
        b(S);
      }
    }), pe = W(() => N.class instanceof Function ? N.class(N) : N.class), ee = W(() => {
      const S = (N.style instanceof Function ? N.style(N) : N.style) || {}, A = N.width instanceof Function ? N.width(N) : N.width, T = N.height instanceof Function ? N.height(N) : N.height;
      return !S.width && A && (S.width = typeof A == "string" ? A : `${A}px`), !S.height && T && (S.height = typeof T == "string" ? T : `${T}px`), S;
    }), K = De(() => Number(N.zIndex ?? ee.value.zIndex ?? 0));
    return c((S) => {
      (S.includes(e.id) || !S.length) && ke();
    }), tt(() => {
      _e(
        () => N.hidden,
        (S = !1, A, T) => {
          !S && B.value && (e.resizeObserver.observe(B.value), T(() => {
            B.value && e.resizeObserver.unobserve(B.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), _e([() => N.type, () => N.sourcePosition, () => N.targetPosition], () => {
      Ye(() => {
        u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
      });
    }), _e(
      [
        () => N.position.x,
        () => N.position.y,
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.computedPosition.x;
        },
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.computedPosition.y;
        },
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.computedPosition.z;
        },
        K,
        () => N.selected,
        () => N.dimensions.height,
        () => N.dimensions.width,
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.dimensions.height;
        },
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.dimensions.width;
        }
      ],
      ([S, A, T, ne, ie, ce]) => {
        const se = {
          x: S,
          y: A,
          z: ce + (h.value && N.selected ? 1e3 : 0)
        };
        typeof T < "u" && typeof ne < "u" ? N.computedPosition = nd({ x: T, y: ne, z: ie }, se) : N.computedPosition = se;
      },
      { flush: "post", immediate: !0 }
    ), _e([() => N.extent, f], ([S, A], [T, ne]) => {
      (S !== T || A !== ne) && Q();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? Co(() => J).toBe(!0).then(Q) : Q(), () => N.hidden ? null : Ne(
      "div",
      {
        ref: B,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${re.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: I.value,
            dragging: ue == null ? void 0 : ue.value,
            draggable: I.value,
            selected: N.selected,
            selectable: D.value,
            parent: N.isParent
          },
          pe.value
        ],
        style: {
          visibility: J.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? K.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: G.value ? "all" : "none",
          ...ee.value
        },
        tabIndex: V.value ? 0 : void 0,
        role: V.value ? "group" : void 0,
        "aria-describedby": w.value ? void 0 : `${qr}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: Me,
        onMousemove: we,
        onMouseleave: Ee,
        onContextmenu: fe,
        onClick: b,
        onDblclick: de,
        onKeydown: g
      },
      [
        Ne(re.value === !1 ? d.value.default : re.value, {
          id: N.id,
          type: N.type,
          data: N.data,
          events: { ...N.events, ...L },
          selected: N.selected,
          resizing: N.resizing,
          dragging: ue.value,
          connectable: M.value,
          position: N.computedPosition,
          dimensions: N.dimensions,
          isValidTargetPos: N.isValidTargetPos,
          isValidSourcePos: N.isValidSourcePos,
          parent: N.parentNode,
          parentNodeId: N.parentNode,
          zIndex: N.computedPosition.z ?? K.value,
          targetPosition: N.targetPosition,
          sourcePosition: N.sourcePosition,
          label: N.label,
          dragHandle: N.dragHandle,
          onUpdateNodeInternals: ke
        })
      ]
    );
    function Q() {
      const S = N.computedPosition, { computedPosition: A, position: T } = ei(
        N,
        y.value ? io(S, x.value) : S,
        a.error,
        f.value,
        j.value
      );
      (N.computedPosition.x !== A.x || N.computedPosition.y !== A.y) && (N.computedPosition = { ...N.computedPosition, ...A }), (N.position.x !== T.x || N.position.y !== T.y) && (N.position = T);
    }
    function ke() {
      B.value && u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function Me(S) {
      ue != null && ue.value || k.mouseEnter({ event: S, node: N });
    }
    function we(S) {
      ue != null && ue.value || k.mouseMove({ event: S, node: N });
    }
    function Ee(S) {
      ue != null && ue.value || k.mouseLeave({ event: S, node: N });
    }
    function fe(S) {
      return k.contextMenu({ event: S, node: N });
    }
    function de(S) {
      return k.doubleClick({ event: S, node: N });
    }
    function b(S) {
      D.value && (!o.value || !I.value || C.value > 0) && Lo(
        N,
        r.value,
        l,
        s,
        i,
        !1,
        B.value
      ), k.click({ event: S, node: N });
    }
    function g(S) {
      if (!(Ro(S) || w.value))
        if (Ur.includes(S.key) && D.value) {
          const A = S.key === "Escape";
          Lo(
            N,
            r.value,
            l,
            s,
            i,
            A,
            B.value
          );
        } else I.value && N.selected && Yt[S.key] && (S.preventDefault(), m.value = `Moved selected node ${S.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~N.position.x}, y: ${~~N.position.y}`, X(
          {
            x: Yt[S.key].x,
            y: Yt[S.key].y
          },
          S.shiftKey
        ));
    }
  }
}), Gf = qf;
function Uf(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Oe();
  return W(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Wf = { class: "vue-flow__nodes vue-flow__container" }, Kf = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Zf = /* @__PURE__ */ Re({
  ...Kf,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Oe(), i = Uf(), r = me();
    return _e(
      i,
      (a) => {
        a && Ye(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), tt(() => {
      r.value = new ResizeObserver((a) => {
        const s = a.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Ye(() => n(s));
      });
    }), jt(() => {
      var a;
      return (a = r.value) == null ? void 0 : a.disconnect();
    }), (a, s) => (E(), P("div", Wf, [
      r.value ? (E(!0), P(ge, { key: 0 }, ze(H(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && Va(d, f))
          return d;
        const h = (E(), Be(H(Gf), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, s, 0), 128)) : te("", !0)
    ]));
  }
});
function jf() {
  const { emits: e } = Oe();
  tt(() => {
    if (sa()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Fe(He.MISSING_STYLES));
    }
  });
}
const Jf = /* @__PURE__ */ _("div", { class: "vue-flow__edge-labels" }, null, -1), Qf = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, eh = /* @__PURE__ */ Re({
  ...Qf,
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
    const o = e, i = Oa(), r = mo(o, "modelValue", n), a = mo(o, "nodes", n), s = mo(o, "edges", n), l = Oe(o), u = Id({ modelValue: r, nodes: a, edges: s }, o, l);
    return Pd(n, l.hooks), If(), jf(), At(ro, i), Ba(u), t(l), (c, d) => (E(), P("div", {
      ref: H(l).vueFlowRef,
      class: "vue-flow"
    }, [
      ae(Sf, null, {
        default: Ve(() => [
          ae(Xf),
          Jf,
          ae(Zf),
          qe(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      qe(c.$slots, "default"),
      ae(Mf)
    ], 512));
  }
}), th = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, ji = /* @__PURE__ */ Re({
  ...th,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Oe(), o = W(() => `${t.position}`.split("-"));
    return (i, r) => (E(), P("div", {
      class: Ae(["vue-flow__panel", o.value]),
      style: Te({ pointerEvents: H(n) ? "none" : "all" })
    }, [
      qe(i.$slots, "default")
    ], 6));
  }
});
var vt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(vt || {});
const xa = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, ba = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
vt.Lines + "", vt.Dots + "";
const nh = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, oh = ["id", "x", "y", "width", "height", "patternTransform"], ih = {
  key: 2,
  height: "100",
  width: "100"
}, rh = ["fill"], ah = ["x", "y", "fill"], sh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, lh = /* @__PURE__ */ Re({
  ...sh,
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
    const { id: t, viewport: n } = Oe(), o = W(() => {
      const a = n.value.zoom, [s, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [s * a || 1, l * a || 1], c = e.size * a, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [d * a || 1 + u[0] / 2, f * a || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: h,
        size: c
      };
    }), i = De(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = De(() => e.color || e.patternColor || nh[e.variant || vt.Dots]);
    return (a, s) => (E(), P("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Te({
        height: `${a.height > 100 ? 100 : a.height}%`,
        width: `${a.width > 100 ? 100 : a.width}%`
      })
    }, [
      qe(a.$slots, "pattern-container", { id: i.value }, () => [
        _("pattern", {
          id: i.value,
          x: H(n).x % o.value.scaledGap[0],
          y: H(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          qe(a.$slots, "pattern", {}, () => [
            a.variant === H(vt).Lines ? (E(), Be(H(xa), {
              key: 0,
              size: a.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : a.variant === H(vt).Dots ? (E(), Be(H(ba), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : te("", !0),
            a.bgColor ? (E(), P("svg", ih, [
              _("rect", {
                width: "100%",
                height: "100%",
                fill: a.bgColor
              }, null, 8, rh)
            ])) : te("", !0)
          ])
        ], 8, oh)
      ]),
      _("rect", {
        x: a.x,
        y: a.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, ah),
      qe(a.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const uh = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
var Pn = {
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
const ch = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: a, ...s }, { slots: l }) => Ne(
  "svg",
  {
    ...Pn,
    width: e || Pn.width,
    height: e || Pn.height,
    stroke: o || Pn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${uh(r ?? "icon")}`],
    ...s
  },
  [...i.map((u) => Ne(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ye = (e, t) => (n, { slots: o }) => Ne(
  ch,
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
const dh = ye("AudioLinesIcon", [
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
const fh = ye("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const hh = ye("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const vh = ye("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const mh = ye("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ji = ye("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ph = ye("ClapperboardIcon", [
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
const gh = ye("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const yh = ye("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const wh = ye("CpuIcon", [
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
const xh = ye("DownloadIcon", [
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
const bh = ye("FileTextIcon", [
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
const _h = ye("FilmIcon", [
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
const kh = ye("HistoryIcon", [
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
const Sh = ye("ImageIcon", [
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
const $h = ye("InfoIcon", [
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
const Eh = ye("LayersIcon", [
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
const Nh = ye("Link2Icon", [
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
const Ch = ye("ListOrderedIcon", [
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
const Mh = ye("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ih = ye("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Th = ye("Maximize2Icon", [
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
const Ph = ye("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ah = ye("MicIcon", [
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
const Dh = ye("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const zh = ye("PackageIcon", [
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
const Oh = ye("PaletteIcon", [
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
const Bh = ye("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Rh = ye("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Vh = ye("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Lh = ye("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Hh = ye("ScanEyeIcon", [
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
const Fh = ye("ScrollTextIcon", [
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
const Yh = ye("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Xh = ye("SlidersHorizontalIcon", [
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
const qh = ye("SparklesIcon", [
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
const Gh = ye("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uh = ye("StarIcon", [
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
const Wh = ye("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Kh = ye("TableIcon", [
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
const Zh = ye("TimerIcon", [
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
const jh = ye("Trash2Icon", [
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
const Jh = ye("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Qh = ye("UploadIcon", [
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
const ev = ye("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const tv = ye("WorkflowIcon", [
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
const nv = ye("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Se = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: ph,
      "user-round": ev,
      palette: Oh,
      timer: Zh,
      image: Sh,
      "sticky-note": Wh,
      mic: Ah,
      "sliders-horizontal": Xh,
      cpu: wh,
      workflow: tv,
      "list-ordered": Ch,
      "scroll-text": Fh,
      "audio-lines": dh,
      "scan-eye": Hh,
      play: Rh,
      square: Gh,
      trash: jh,
      copy: yh,
      comment: Ph,
      check: fh,
      x: nv,
      left: vh,
      right: mh,
      star: Uh,
      sparkles: qh,
      search: Yh,
      history: kh,
      fit: Th,
      plus: Vh,
      minus: Dh,
      undo: Jh,
      redo: Lh,
      dot: Ji,
      film: _h,
      upload: Qh,
      link: Nh,
      pause: Bh,
      clock: gh,
      layers: Eh,
      lock: Ih,
      unlock: Mh,
      download: xh,
      "file-text": bh,
      table: Kh,
      package: zh,
      info: $h,
      down: hh
    }, n = e, o = W(() => t[n.name] || Ji);
    return (i, r) => (E(), Be(qo(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, ov = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, iv = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], rv = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = me(null), i = me(null);
    function r(d, f) {
      const h = d.currentTarget.getBoundingClientRect(), w = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: f.label, x: w.right + 8, y: h.top + h.height / 2 };
    }
    const a = { intent: "#00e5ff", comp: "#ffc947", activity: "#64ffda", narration: "#9c88ff", visual_narration: "#9c88ff" };
    let s = null;
    function l(d, f, h) {
      d.button === 0 && (i.value = null, d.preventDefault(), s = { x: d.clientX, y: d.clientY, group: f, item: h, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      s && (!s.moved && Math.hypot(d.clientX - s.x, d.clientY - s.y) < 4 || (s.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: s.item.label, icon: s.item.icon, color: a[s.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const f = s;
      s = null, o.value = null, f && n("place", { kind: f.group.kind, sub: f.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: f.moved });
    }
    return (d, f) => (E(), P(ge, null, [
      _("nav", ov, [
        f[1] || (f[1] = _("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          _("span", null, "m"),
          _("i")
        ], -1)),
        (E(!0), P(ge, null, ze(e.groups, (h) => (E(), P("div", {
          key: h.kind,
          class: "mx-pal-group",
          style: Te({ "--accent": a[h.kind] })
        }, [
          (E(!0), P(ge, null, ze(h.items, (w) => (E(), P("button", {
            key: w.sub,
            class: "mx-pal-item",
            "data-kind": h.kind,
            "data-sub": w.sub,
            "aria-label": w.label,
            onPointerdown: (m) => l(m, h, w),
            onPointerenter: (m) => r(m, w),
            onPointerleave: f[0] || (f[0] = (m) => i.value = null)
          }, [
            ae(Se, {
              name: w.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, iv))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (E(), P("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: Te({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, F(i.value.label), 5)) : te("", !0),
      o.value ? (E(), P("div", {
        key: 1,
        class: "mx-ghost",
        style: Te({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        ae(Se, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        xe(" " + F(o.value.label), 1)
      ], 4)) : te("", !0)
    ], 64));
  }
}, av = ["width", "height"], sv = {
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
    const t = e, n = me(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, r = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, a = 0;
    function s() {
      let m = 1 / 0, y = 1 / 0, x = -1 / 0, C = -1 / 0;
      for (const p of t.blocks.values())
        p.x < m && (m = p.x), p.y < y && (y = p.y), p.x + p.w > x && (x = p.x + p.w), p.y + p.h > C && (C = p.y + p.h);
      return m === 1 / 0 ? null : { x0: m, y0: y, x1: x, y1: C };
    }
    function l() {
      a = 0;
      const m = n.value;
      if (!m) return;
      const y = m.getContext("2d"), x = m.width, C = m.height, p = t.flow.viewport.value, v = t.flow.dimensions.value, z = { x0: -p.x / p.zoom, y0: -p.y / p.zoom, x1: (v.width - p.x) / p.zoom, y1: (v.height - p.y) / p.zoom };
      i === null && (i = s() || z);
      const R = { x0: Math.min(i.x0, z.x0), y0: Math.min(i.y0, z.y0), x1: Math.max(i.x1, z.x1), y1: Math.max(i.y1, z.y1) }, Y = Math.max(R.x1 - R.x0, R.y1 - R.y0) * 0.04;
      R.x0 -= Y, R.y0 -= Y, R.x1 += Y, R.y1 += Y;
      const B = Math.min(x / (R.x1 - R.x0), C / (R.y1 - R.y0));
      r = { x0: R.x0, y0: R.y0, scale: B, ox: (x - (R.x1 - R.x0) * B) / 2, oy: (C - (R.y1 - R.y0) * B) / 2 }, y.clearRect(0, 0, x, C), y.globalAlpha = 0.75;
      for (const j of t.blocks.values())
        y.fillStyle = t.colorOf(j), y.fillRect(r.ox + (j.x - R.x0) * B, r.oy + (j.y - R.y0) * B, Math.max(1, j.w * B), Math.max(1, j.h * B));
      y.globalAlpha = 1;
      const U = r.ox + (z.x0 - R.x0) * B, Z = r.oy + (z.y0 - R.y0) * B, X = (z.x1 - z.x0) * B, N = (z.y1 - z.y0) * B;
      y.fillStyle = "rgba(10,10,11,0.62)", y.beginPath(), y.rect(0, 0, x, C), y.rect(U, Z, X, N), y.fill("evenodd"), y.strokeStyle = "rgba(241,243,245,0.45)", y.lineWidth = o, y.strokeRect(U + o / 2, Z + o / 2, X - o, N - o);
    }
    function u(m) {
      m && (i = null), a || (a = requestAnimationFrame(l));
    }
    _e(() => t.rev, () => u(!0)), _e(() => t.flow.viewport.value, () => u(!1)), _e(() => t.flow.dimensions.value, () => u(!1)), tt(() => u(!0)), jt(() => a && cancelAnimationFrame(a));
    function c(m) {
      const y = n.value.getBoundingClientRect(), x = (m.clientX - y.left) * o, C = (m.clientY - y.top) * o;
      return { x: (x - r.ox) / r.scale + r.x0, y: (C - r.oy) / r.scale + r.y0 };
    }
    function d(m, y) {
      const x = t.flow.dimensions.value, C = y ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: x.width / 2 - m.x * C, y: x.height / 2 - m.y * C, zoom: C });
    }
    function f(m) {
      m.button === 0 && (n.value.setPointerCapture(m.pointerId), d(c(m)));
    }
    function h(m) {
      m.buttons & 1 && d(c(m));
    }
    function w(m) {
      const y = t.flow.viewport.value, x = t.flow.dimensions.value, C = { x: (x.width / 2 - y.x) / y.zoom, y: (x.height / 2 - y.y) / y.zoom }, p = Math.max(0.05, Math.min(3, y.zoom * Math.exp(-m.deltaY * 15e-4)));
      d(C, p);
    }
    return (m, y) => (E(), P("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * H(o),
      height: e.height * H(o),
      style: Te({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: h,
      onWheel: he(w, ["prevent", "stop"])
    }, null, 44, av));
  }
}, lv = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = W(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (E(), P("div", {
      key: 0,
      class: "mx-cursors",
      style: Te({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (E(!0), P(ge, null, ze(e.users, (r) => (E(), P("div", {
        key: r.id,
        class: "mx-cursor",
        style: Te({ left: `${r.cursor.x}px`, top: `${r.cursor.y}px`, "--c": r.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = _("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          _("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        _("span", null, F(r.name), 1)
      ], 4))), 128))
    ], 4)) : te("", !0);
  }
}, _a = Symbol("multiplex-store");
function uv(e) {
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
    lod: 0,
    // level of detail: 0 full blocks, 1 light cards (kind, title), 2 rectangles
    pipelines: { list: [], defaults: {}, live: !1 }
    // what intents can run (canvas/model.py pipelines_view)
  }), n = W(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = W(() => er(t.comments, (u) => [u.block])), i = W(() => er(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), r = (u) => o.value.get(u) || Qi, a = (u) => i.value.get(u) || Qi;
  let s = 0;
  return { state: t, send: (u, c = {}) => (s += 1, e("command", { op: u, req: s, ...c }), s), seqIndex: n, commentsOf: r, othersOn: a };
}
const Qi = Object.freeze([]);
function er(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const r = n.get(i);
      r ? r.push(o) : n.set(i, [o]);
    }
  return n;
}
function Et() {
  return $t(_a);
}
const St = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, tr = { ...St, idle: "#9ca3af", cancelled: "#9ca3af" }, cv = "#f1f3f5";
function dv(e, t, n = 30) {
  const o = t.trim().toLowerCase();
  if (!o) return e.slice(0, n);
  const i = [];
  return e.forEach((r, a) => {
    const s = String(r.title || "").toLowerCase();
    let l = s.startsWith(o) ? 0 : s.includes(o) ? 1 : -1;
    l < 0 && (l = `${r.description || ""} ${r.text || ""} ${r.caption || ""} ${r.kind} ${r.sub}`.toLowerCase().includes(o) ? 2 : -1), l >= 0 && i.push([l, a, r]);
  }), i.sort((r, a) => r[0] - a[0] || r[1] - a[1]), i.slice(0, n).map((r) => r[2]);
}
const jn = {
  intent: "#00e5ff",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function nr(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function co(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const fv = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" };
function ii(e) {
  const t = e.data || {}, n = t.kind === "intent" ? St[(t.status || {}).state] || St.idle : jn[t.kind] || "#333";
  return Ne("div", {
    class: ["mx-lod", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "1"
  }, [
    Ne("div", { class: "mx-lod-kind" }, t.kind === "intent" || t.kind === "comp" ? t.sub : fv[t.kind] || t.kind),
    Ne("div", { class: "mx-lod-title" }, t.title || t.sub)
  ]);
}
ii.props = ["id", "data", "selected"];
ii.inheritAttrs = !1;
function ri(e) {
  const t = e.data || {}, n = t.kind === "intent" ? St[(t.status || {}).state] || St.idle : jn[t.kind] || "#333";
  return Ne("div", {
    class: ["mx-lod mx-rect", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "2"
  });
}
ri.props = ["id", "data", "selected"];
ri.inheritAttrs = !1;
var Fo = "http://www.w3.org/1999/xhtml";
const or = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Fo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function ka(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), or.hasOwnProperty(t) ? { space: or[t], local: e } : e;
}
function hv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Fo && t.documentElement.namespaceURI === Fo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function vv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Sa(e) {
  var t = ka(e);
  return (t.local ? vv : hv)(t);
}
function mv() {
}
function $a(e) {
  return e == null ? mv : function() {
    return this.querySelector(e);
  };
}
function pv(e) {
  typeof e != "function" && (e = $a(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = new Array(a), l, u, c = 0; c < a; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new je(o, this._parents);
}
function gv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function yv() {
  return [];
}
function wv(e) {
  return e == null ? yv : function() {
    return this.querySelectorAll(e);
  };
}
function xv(e) {
  return function() {
    return gv(e.apply(this, arguments));
  };
}
function bv(e) {
  typeof e == "function" ? e = xv(e) : e = wv(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var a = t[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && (o.push(e.call(l, l.__data__, u, a)), i.push(l));
  return new je(o, i);
}
function _v(e) {
  return function() {
    return this.matches(e);
  };
}
function Ea(e) {
  return function(t) {
    return t.matches(e);
  };
}
var kv = Array.prototype.find;
function Sv(e) {
  return function() {
    return kv.call(this.children, e);
  };
}
function $v() {
  return this.firstElementChild;
}
function Ev(e) {
  return this.select(e == null ? $v : Sv(typeof e == "function" ? e : Ea(e)));
}
var Nv = Array.prototype.filter;
function Cv() {
  return Array.from(this.children);
}
function Mv(e) {
  return function() {
    return Nv.call(this.children, e);
  };
}
function Iv(e) {
  return this.selectAll(e == null ? Cv : Mv(typeof e == "function" ? e : Ea(e)));
}
function Tv(e) {
  typeof e != "function" && (e = _v(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new je(o, this._parents);
}
function Na(e) {
  return new Array(e.length);
}
function Pv() {
  return new je(this._enter || this._groups.map(Na), this._parents);
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
function Av(e) {
  return function() {
    return e;
  };
}
function Dv(e, t, n, o, i, r) {
  for (var a = 0, s, l = t.length, u = r.length; a < u; ++a)
    (s = t[a]) ? (s.__data__ = r[a], o[a] = s) : n[a] = new Jn(e, r[a]);
  for (; a < l; ++a)
    (s = t[a]) && (i[a] = s);
}
function zv(e, t, n, o, i, r, a) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = h = a.call(l, l.__data__, s, t) + "", u.has(h) ? i[s] = l : u.set(h, l));
  for (s = 0; s < d; ++s)
    h = a.call(e, r[s], s, r) + "", (l = u.get(h)) ? (o[s] = l, l.__data__ = r[s], u.delete(h)) : n[s] = new Jn(e, r[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(f[s]) === l && (i[s] = l);
}
function Ov(e) {
  return e.__data__;
}
function Bv(e, t) {
  if (!arguments.length) return Array.from(this, Ov);
  var n = t ? zv : Dv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Av(e));
  for (var r = i.length, a = new Array(r), s = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = Rv(e.call(c, c && c.__data__, u, o)), w = h.length, m = s[u] = new Array(w), y = a[u] = new Array(w), x = l[u] = new Array(f);
    n(c, d, m, y, x, h, t);
    for (var C = 0, p = 0, v, z; C < w; ++C)
      if (v = m[C]) {
        for (C >= p && (p = C + 1); !(z = y[p]) && ++p < w; ) ;
        v._next = z || null;
      }
  }
  return a = new je(a, o), a._enter = s, a._exit = l, a;
}
function Rv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Vv() {
  return new je(this._exit || this._groups.map(Na), this._parents);
}
function Lv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Hv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, a = Math.min(i, r), s = new Array(i), l = 0; l < a; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), h, w = 0; w < d; ++w)
      (h = u[w] || c[w]) && (f[w] = h);
  for (; l < i; ++l)
    s[l] = n[l];
  return new je(s, this._parents);
}
function Fv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], a; --i >= 0; )
      (a = o[i]) && (r && a.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(a, r), r = a);
  return this;
}
function Yv(e) {
  e || (e = Xv);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var a = n[r], s = a.length, l = i[r] = new Array(s), u, c = 0; c < s; ++c)
      (u = a[c]) && (l[c] = u);
    l.sort(t);
  }
  return new je(i, this._parents).order();
}
function Xv(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function qv() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Gv() {
  return Array.from(this);
}
function Uv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var a = o[i];
      if (a) return a;
    }
  return null;
}
function Wv() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Kv() {
  return !this.node();
}
function Zv(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, a = i.length, s; r < a; ++r)
      (s = i[r]) && e.call(s, s.__data__, r, i);
  return this;
}
function jv(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Jv(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Qv(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function em(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function tm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function nm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function om(e, t) {
  var n = ka(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Jv : jv : typeof t == "function" ? n.local ? nm : tm : n.local ? em : Qv)(n, t));
}
function Ca(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function im(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function rm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function am(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function sm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? im : typeof t == "function" ? am : rm)(e, t, n ?? "")) : lm(this.node(), e);
}
function lm(e, t) {
  return e.style.getPropertyValue(t) || Ca(e).getComputedStyle(e, null).getPropertyValue(t);
}
function um(e) {
  return function() {
    delete this[e];
  };
}
function cm(e, t) {
  return function() {
    this[e] = t;
  };
}
function dm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function fm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? um : typeof t == "function" ? dm : cm)(e, t)) : this.node()[e];
}
function Ma(e) {
  return e.trim().split(/^|\s+/);
}
function ai(e) {
  return e.classList || new Ia(e);
}
function Ia(e) {
  this._node = e, this._names = Ma(e.getAttribute("class") || "");
}
Ia.prototype = {
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
function Ta(e, t) {
  for (var n = ai(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Pa(e, t) {
  for (var n = ai(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function hm(e) {
  return function() {
    Ta(this, e);
  };
}
function vm(e) {
  return function() {
    Pa(this, e);
  };
}
function mm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ta : Pa)(this, e);
  };
}
function pm(e, t) {
  var n = Ma(e + "");
  if (arguments.length < 2) {
    for (var o = ai(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? mm : t ? hm : vm)(n, t));
}
function gm() {
  this.textContent = "";
}
function ym(e) {
  return function() {
    this.textContent = e;
  };
}
function wm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function xm(e) {
  return arguments.length ? this.each(e == null ? gm : (typeof e == "function" ? wm : ym)(e)) : this.node().textContent;
}
function bm() {
  this.innerHTML = "";
}
function _m(e) {
  return function() {
    this.innerHTML = e;
  };
}
function km(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Sm(e) {
  return arguments.length ? this.each(e == null ? bm : (typeof e == "function" ? km : _m)(e)) : this.node().innerHTML;
}
function $m() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Em() {
  return this.each($m);
}
function Nm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Cm() {
  return this.each(Nm);
}
function Mm(e) {
  var t = typeof e == "function" ? e : Sa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Im() {
  return null;
}
function Tm(e, t) {
  var n = typeof e == "function" ? e : Sa(e), o = t == null ? Im : typeof t == "function" ? t : $a(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Pm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Am() {
  return this.each(Pm);
}
function Dm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function zm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Om(e) {
  return this.select(e ? zm : Dm);
}
function Bm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Rm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Vm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Lm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Hm(e, t, n) {
  return function() {
    var o = this.__on, i, r = Rm(t);
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
function Fm(e, t, n) {
  var o = Vm(e + ""), i, r = o.length, a;
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
  for (s = t ? Hm : Lm, i = 0; i < r; ++i) this.each(s(o[i], t, n));
  return this;
}
function Aa(e, t, n) {
  var o = Ca(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Ym(e, t) {
  return function() {
    return Aa(this, e, t);
  };
}
function Xm(e, t) {
  return function() {
    return Aa(this, e, t.apply(this, arguments));
  };
}
function qm(e, t) {
  return this.each((typeof t == "function" ? Xm : Ym)(e, t));
}
function* Gm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, a; i < r; ++i)
      (a = o[i]) && (yield a);
}
var Um = [null];
function je(e, t) {
  this._groups = e, this._parents = t;
}
function Wm() {
  return this;
}
je.prototype = {
  constructor: je,
  select: pv,
  selectAll: bv,
  selectChild: Ev,
  selectChildren: Iv,
  filter: Tv,
  data: Bv,
  enter: Pv,
  exit: Vv,
  join: Lv,
  merge: Hv,
  selection: Wm,
  order: Fv,
  sort: Yv,
  call: qv,
  nodes: Gv,
  node: Uv,
  size: Wv,
  empty: Kv,
  each: Zv,
  attr: om,
  style: sm,
  property: fm,
  classed: pm,
  text: xm,
  html: Sm,
  raise: Em,
  lower: Cm,
  append: Mm,
  insert: Tm,
  remove: Am,
  clone: Om,
  datum: Bm,
  on: Fm,
  dispatch: qm,
  [Symbol.iterator]: Gm
};
function gn(e) {
  return typeof e == "string" ? new je([[document.querySelector(e)]], [document.documentElement]) : new je([[e]], Um);
}
function Km(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function ir(e, t) {
  if (e = Km(e), t === void 0 && (t = e.currentTarget), t) {
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
var Zm = { value: () => {
} };
function Da() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Ln(n);
}
function Ln(e) {
  this._ = e;
}
function jm(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Ln.prototype = Da.prototype = {
  constructor: Ln,
  on: function(e, t) {
    var n = this._, o = jm(e + "", n), i, r = -1, a = o.length;
    if (arguments.length < 2) {
      for (; ++r < a; ) if ((i = (e = o[r]).type) && (i = Jm(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < a; )
      if (i = (e = o[r]).type) n[i] = rr(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = rr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Ln(e);
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
function Jm(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function rr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Zm, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const Qm = { passive: !1 }, yn = { capture: !0, passive: !1 };
function Eo(e) {
  e.stopImmediatePropagation();
}
function Xt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function ep(e) {
  var t = e.document.documentElement, n = gn(e).on("dragstart.drag", Xt, yn);
  "onselectstart" in t ? n.on("selectstart.drag", Xt, yn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function tp(e, t) {
  var n = e.document.documentElement, o = gn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Xt, yn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const An = (e) => () => e;
function Yo(e, {
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
Yo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function np(e) {
  return !e.ctrlKey && !e.button;
}
function op() {
  return this.parentNode;
}
function ip(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function rp() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function ap() {
  var e = np, t = op, n = ip, o = rp, i = {}, r = Da("start", "drag", "end"), a = 0, s, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", h).filter(o).on("touchstart.drag", y).on("touchmove.drag", x, Qm).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(v, z) {
    if (!(c || !e.call(this, v, z))) {
      var R = p(this, t.call(this, v, z), v, z, "mouse");
      R && (gn(v.view).on("mousemove.drag", w, yn).on("mouseup.drag", m, yn), ep(v.view), Eo(v), u = !1, s = v.clientX, l = v.clientY, R("start", v));
    }
  }
  function w(v) {
    if (Xt(v), !u) {
      var z = v.clientX - s, R = v.clientY - l;
      u = z * z + R * R > d;
    }
    i.mouse("drag", v);
  }
  function m(v) {
    gn(v.view).on("mousemove.drag mouseup.drag", null), tp(v.view, u), Xt(v), i.mouse("end", v);
  }
  function y(v, z) {
    if (e.call(this, v, z)) {
      var R = v.changedTouches, Y = t.call(this, v, z), B = R.length, U, Z;
      for (U = 0; U < B; ++U)
        (Z = p(this, Y, v, z, R[U].identifier, R[U])) && (Eo(v), Z("start", v, R[U]));
    }
  }
  function x(v) {
    var z = v.changedTouches, R = z.length, Y, B;
    for (Y = 0; Y < R; ++Y)
      (B = i[z[Y].identifier]) && (Xt(v), B("drag", v, z[Y]));
  }
  function C(v) {
    var z = v.changedTouches, R = z.length, Y, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < R; ++Y)
      (B = i[z[Y].identifier]) && (Eo(v), B("end", v, z[Y]));
  }
  function p(v, z, R, Y, B, U) {
    var Z = r.copy(), X = ir(U || R, z), N, j, k;
    if ((k = n.call(v, new Yo("beforestart", {
      sourceEvent: R,
      target: f,
      identifier: B,
      active: a,
      x: X[0],
      y: X[1],
      dx: 0,
      dy: 0,
      dispatch: Z
    }), Y)) != null)
      return N = k.x - X[0] || 0, j = k.y - X[1] || 0, function L(I, D, M) {
        var V = X, G;
        switch (I) {
          case "start":
            i[B] = L, G = a++;
            break;
          case "end":
            delete i[B], --a;
          case "drag":
            X = ir(M || D, z), G = a;
            break;
        }
        Z.call(
          I,
          v,
          new Yo(I, {
            sourceEvent: D,
            subject: k,
            target: f,
            identifier: B,
            active: G,
            x: X[0] + N,
            y: X[1] + j,
            dx: X[0] - V[0],
            dy: X[1] - V[1],
            dispatch: Z
          }),
          Y
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : An(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : An(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : An(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : An(!!v), f) : o;
  }, f.on = function() {
    var v = r.on.apply(r, arguments);
    return v === r ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
var Ot = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Ot || {});
function sp({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const a = e - t, s = n - o, l = [a > 0 ? 1 : a < 0 ? -1 : 0, s > 0 ? 1 : s < 0 ? -1 : 0];
  return a && i && (l[0] = l[0] * -1), s && r && (l[1] = l[1] * -1), l;
}
const lp = {
  [Ot.Line]: "right",
  [Ot.Handle]: "bottom-right"
}, up = {
  [Ot.Line]: "borderColor",
  [Ot.Handle]: "backgroundColor"
}, cp = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, ar = /* @__PURE__ */ Re({
  ...cp,
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
    }, { findNode: r, emits: a, viewport: s, noDragClassName: l } = Oe(), u = ca(), c = me();
    let d = i, f = o;
    const h = De(() => n.position ?? lp[n.variant]), w = W(() => h.value.split("-")), m = De(() => n.color ? { [up[n.variant]]: n.color } : {});
    return qa((y) => {
      if (!c.value || !n.nodeId)
        return;
      const x = gn(c.value), C = h.value.includes("right") || h.value.includes("left"), p = h.value.includes("bottom") || h.value.includes("top"), v = h.value.includes("left"), z = h.value.includes("top"), R = ap().on("start", (Y) => {
        const B = r(n.nodeId), { xSnapped: U, ySnapped: Z } = u(Y);
        f = {
          width: (B == null ? void 0 : B.dimensions.width) ?? 0,
          height: (B == null ? void 0 : B.dimensions.height) ?? 0,
          x: (B == null ? void 0 : B.position.x) ?? 0,
          y: (B == null ? void 0 : B.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: U,
          pointerY: Z,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: Y, params: f });
      }).on("drag", (Y) => {
        var B;
        const { xSnapped: U, ySnapped: Z } = u(Y), X = r(n.nodeId);
        if (X) {
          const N = [], {
            pointerX: j,
            pointerY: k,
            width: L,
            height: I,
            x: D,
            y: M,
            aspectRatio: V
          } = d, { x: G, y: J, width: re, height: ue } = f, pe = Math.floor(C ? U - j : 0), ee = Math.floor(p ? Z - k : 0);
          let K = pt(L + (v ? -pe : pe), n.minWidth, n.maxWidth), Q = pt(I + (z ? -ee : ee), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const de = K / Q;
            let b = V;
            typeof n.keepAspectRatio == "number" && de !== n.keepAspectRatio && (b = n.keepAspectRatio);
            const g = C && p, S = C && !p, A = p && !C;
            K = de <= b && g || A ? Q * b : K, Q = de > b && g || S ? K / b : Q, K >= n.maxWidth ? (K = n.maxWidth, Q = n.maxWidth / b) : K <= n.minWidth && (K = n.minWidth, Q = n.minWidth / b), Q >= n.maxHeight ? (Q = n.maxHeight, K = n.maxHeight * b) : Q <= n.minHeight && (Q = n.minHeight, K = n.minHeight * b);
          }
          const ke = K !== re, Me = Q !== ue;
          if (v || z) {
            const de = v ? D - (K - L) : D, b = z ? M - (Q - I) : M, g = de !== G && ke, S = b !== J && Me;
            if (g || S) {
              const A = {
                id: X.id,
                type: "position",
                from: X.position,
                position: {
                  x: g ? de : G,
                  y: S ? b : J
                }
              };
              N.push(A), f.x = A.position.x, f.y = A.position.y;
            }
          }
          if (n.nodeId && (ke || Me)) {
            const de = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: K,
                height: Q
              }
            };
            N.push(de), f.width = K, f.height = Q;
          }
          if (N.length === 0)
            return;
          const we = sp({
            width: f.width,
            prevWidth: re,
            height: f.height,
            prevHeight: ue,
            invertX: v,
            invertY: z
          }), Ee = { ...f, direction: we };
          if (((B = n.shouldResize) == null ? void 0 : B.call(n, Y, Ee)) === !1)
            return;
          t("resize", { event: Y, params: Ee }), a.nodesChange(N);
        }
      }).on("end", (Y) => {
        if (n.nodeId) {
          const B = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: Y, params: f }), a.nodesChange([B]);
        }
      });
      x.call(R), y(() => {
        x.on(".drag", null);
      });
    }), (y, x) => (E(), P("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Ae(["vue-flow__resize-control", [...w.value, y.variant, H(l)]]),
      style: Te({
        ...m.value,
        scale: y.variant === H(Ot).Handle ? `${Math.max(1 / H(s).zoom, 1)}` : void 0
      })
    }, [
      qe(y.$slots, "default")
    ], 6));
  }
}), dp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, fp = /* @__PURE__ */ Re({
  ...dp,
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
    const n = e, { findNode: o, emits: i } = Oe(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], a = ["top", "right", "bottom", "left"], s = $t(ni, null), l = De(() => typeof n.nodeId == "string" ? n.nodeId : s), u = W(() => o(l.value));
    return _e(
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
      ([c, d, f, h, w]) => {
        const m = u.value;
        if (m && w) {
          const y = {
            id: m.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: m.dimensions.width,
              height: m.dimensions.height
            }
          };
          c && m.dimensions.width < c && (y.dimensions.width = c), d && m.dimensions.height < d && (y.dimensions.height = d), f && m.dimensions.width > f && (y.dimensions.width = f), h && m.dimensions.height > h && (y.dimensions.height = h), (y.dimensions.width !== m.dimensions.width || y.dimensions.height !== m.dimensions.height) && i.nodesChange([y]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (E(), P(ge, { key: 0 }, [
      (E(), P(ge, null, ze(a, (f) => ae(ar, {
        key: f,
        class: Ae(c.lineClassName),
        style: Te(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: H(Ot).Line,
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
      (E(), P(ge, null, ze(r, (f) => ae(ar, {
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
        onResizeStart: d[3] || (d[3] = (h) => t("resizeStart", h)),
        onResize: d[4] || (d[4] = (h) => t("resize", h)),
        onResizeEnd: d[5] || (d[5] = (h) => t("resizeEnd", h))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : te("", !0);
  }
}), hp = ["data-id", "data-kind", "data-sub"], vp = {
  key: 4,
  class: "mx-others"
}, mp = { class: "mx-head" }, pp = { class: "mx-kind" }, gp = { class: "mx-tools nodrag" }, yp = { class: "mx-body" }, wp = { class: "mx-thread-title" }, xp = { class: "mx-comment-meta" }, bp = ["onClick"], _p = { class: "mx-comment-text" }, kp = {
  key: 0,
  class: "mx-empty"
}, Sp = ["onKeydown"], Bt = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: r } = Et(), a = W(() => i(t.data.id)), s = W(() => a.value.filter((m) => !m.resolved).length), l = W(() => n.openComments === t.data.id), u = W(() => r(t.data.id)), c = me(""), d = me(null);
    function f() {
      n.openComments = l.value ? null : t.data.id, n.openComments && Ye(() => d.value && d.value.focus());
    }
    function h() {
      const m = c.value.trim();
      m && (o("comment", { id: t.data.id, text: m }), c.value = "");
    }
    function w(m) {
      const y = m.params || {};
      o("move", { moves: [{ id: t.data.id, x: y.x, y: y.y, w: y.width, h: y.height }] });
    }
    return (m, y) => (E(), P("div", {
      class: Ae(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: Te({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (E(), Be(H(fp), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: H(cv),
        onResizeEnd: w
      }, null, 8, ["min-width", "min-height", "color"])) : te("", !0),
      e.target ? (E(), Be(H(bt), {
        key: 1,
        id: "in",
        type: "target",
        position: H(le).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : te("", !0),
      e.source ? (E(), Be(H(bt), {
        key: 2,
        type: "source",
        position: H(le).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : te("", !0),
      e.data.kind === "intent" ? (E(), P(ge, { key: 3 }, [
        ae(H(bt), {
          id: "seq-in",
          type: "target",
          position: H(le).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ae(H(bt), {
          id: "seq-out",
          type: "source",
          position: H(le).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : te("", !0),
      u.value.length ? (E(), P("div", vp, [
        (E(!0), P(ge, null, ze(u.value, (x) => (E(), P("span", {
          key: x.id,
          class: "mx-other-tag",
          style: Te({ background: x.color })
        }, F(x.name), 5))), 128))
      ])) : te("", !0),
      _("header", mp, [
        ae(Se, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        qe(m.$slots, "kind", {}, () => [
          _("span", pp, F(e.kindLabel), 1)
        ]),
        y[6] || (y[6] = _("span", { class: "mx-spacer" }, null, -1)),
        qe(m.$slots, "head"),
        s.value ? (E(), P("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: he(f, ["stop"]),
          title: "Comments"
        }, [
          ae(Se, {
            name: "comment",
            size: 11
          }),
          xe(F(s.value), 1)
        ])) : te("", !0),
        _("div", gp, [
          _("button", {
            title: "Comment",
            onClick: he(f, ["stop"])
          }, [
            ae(Se, {
              name: "comment",
              size: 13
            })
          ]),
          _("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: y[0] || (y[0] = he((x) => H(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            ae(Se, {
              name: "copy",
              size: 13
            })
          ]),
          _("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: y[1] || (y[1] = he((x) => H(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            ae(Se, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      _("div", yp, [
        qe(m.$slots, "default")
      ]),
      qe(m.$slots, "foot"),
      l.value ? (E(), P("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: y[4] || (y[4] = he(() => {
        }, ["stop"])),
        onKeydown: y[5] || (y[5] = he(() => {
        }, ["stop"]))
      }, [
        _("div", wp, [
          y[7] || (y[7] = xe("Comments ")),
          _("button", {
            class: "mx-x",
            onClick: y[2] || (y[2] = (x) => H(n).openComments = null)
          }, [
            ae(Se, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (E(!0), P(ge, null, ze(a.value, (x) => (E(), P("div", {
          key: x.id,
          class: Ae(["mx-comment", { resolved: x.resolved }])
        }, [
          _("div", xp, [
            _("b", null, F(x.author), 1),
            _("span", null, F(H(co)(x.created)), 1),
            _("button", {
              class: "mx-resolve",
              onClick: (C) => H(o)("resolve", { id: x.id, resolved: !x.resolved })
            }, F(x.resolved ? "reopen" : "resolve"), 9, bp)
          ]),
          _("div", _p, F(x.text), 1)
        ], 2))), 128)),
        a.value.length ? te("", !0) : (E(), P("div", kp, "No comments yet.")),
        qt(_("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": y[3] || (y[3] = (x) => c.value = x),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: dt(he(h, ["exact", "prevent"]), ["enter"])
        }, null, 40, Sp), [
          [ln, c.value]
        ])
      ], 32)) : te("", !0)
    ], 14, hp));
  }
}, $p = ["value", "rows", "placeholder", "data-field"], Ep = ["value", "placeholder", "data-field"], sr = 450, It = {
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
    const t = e, { send: n } = Et(), o = me(null), i = me(t.value || "");
    let r = t.value || "", a = null, s = 0, l = null;
    function u() {
      a = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c() {
      const w = o.value;
      !w || !t.multiline || (w.style.height = "auto", w.style.height = `${w.scrollHeight}px`);
    }
    tt(c), _e(i, () => Ye(c));
    function d(w) {
      i.value = w.target.value, s = Date.now(), a && clearTimeout(a), a = setTimeout(u, 160);
    }
    function f(w) {
      const m = o.value, y = m && document.activeElement === m;
      if (y && (a || Date.now() - s < sr)) {
        l = w, setTimeout(() => {
          if (l !== null) {
            const C = l;
            l = null, f(C);
          }
        }, sr);
        return;
      }
      if (l = null, w === i.value) {
        r = w;
        return;
      }
      let x = y ? m.selectionStart : null;
      if (x !== null) {
        let C = 0;
        const p = i.value;
        for (; C < p.length && C < w.length && p[C] === w[C]; ) C++;
        C < x && (x += w.length - p.length);
      }
      i.value = w, r = w, x !== null && requestAnimationFrame(() => {
        try {
          m.setSelectionRange(x, x);
        } catch {
        }
      });
    }
    function h() {
      a && (clearTimeout(a), u());
    }
    return _e(() => t.value, (w) => f(w || "")), jt(() => {
      a && (clearTimeout(a), u());
    }), (w, m) => e.multiline ? (E(), P("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: h,
      onKeydown: m[0] || (m[0] = he(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, $p)) : (E(), P("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        m[1] || (m[1] = he(() => {
        }, ["stop"])),
        m[2] || (m[2] = dt((y) => y.target.blur(), ["enter"]))
      ],
      onBlur: h,
      "data-field": e.field
    }, null, 42, Ep));
  }
}, Np = { class: "mx-panel-ids" }, Cp = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Mp = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, Ip = { class: "lens" }, Tp = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, Pp = ["value"], Ap = ["value"], Dp = { class: "of" }, zp = ["data-choice"], Op = { class: "k" }, Bp = { class: "mx-chips" }, Rp = ["data-value", "onClick"], Vp = { class: "k" }, Lp = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = Et(), i = [
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
      const f = l === "in" ? d : c.cut_in, h = l === "out" ? d : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: f, cut_out: h });
      const w = u.target;
      setTimeout(() => {
        document.activeElement !== w && t.shot && (w.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function s(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (E(), P("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = he(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = he(() => {
      }, ["stop"]))
    }, [
      _("div", Np, [
        _("label", null, [
          u[6] || (u[6] = _("span", null, "sc", -1)),
          ae(It, {
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
          ae(It, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (E(), P("label", Cp, [
          u[8] || (u[8] = _("span", null, "#", -1)),
          _("b", Mp, F(e.shot.number), 1)
        ])) : te("", !0),
        _("label", Ip, [
          u[9] || (u[9] = _("span", null, "lens", -1)),
          ae(It, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (E(), P("div", Tp, [
        u[14] || (u[14] = _("span", { class: "k" }, "cut", -1)),
        _("label", null, [
          u[10] || (u[10] = xe("in ")),
          _("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => a("in", c)),
            onKeydown: u[1] || (u[1] = he(() => {
            }, ["stop"]))
          }, null, 40, Pp),
          u[11] || (u[11] = xe("s"))
        ]),
        _("label", null, [
          u[12] || (u[12] = xe("out ")),
          _("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => a("out", c)),
            onKeydown: u[3] || (u[3] = he(() => {
            }, ["stop"]))
          }, null, 40, Ap),
          u[13] || (u[13] = xe("s"))
        ]),
        _("span", Dp, "of " + F(e.shot.duration_s) + "s (" + F(e.shot.duration_from) + ")", 1)
      ])) : te("", !0),
      (E(), P(ge, null, ze(i, (c) => _("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        _("span", Op, F(c.label), 1),
        _("div", Bp, [
          (E(!0), P(ge, null, ze((H(n).choices[c.field] || []).filter((d) => d), (d) => (E(), P("button", {
            key: d,
            class: Ae({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: he((f) => s(c.field, d), ["stop"])
          }, F(d), 11, Rp))), 128))
        ])
      ], 8, zp)), 64)),
      (E(), P(ge, null, ze(r, (c) => _("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        _("span", Vp, F(c.label), 1),
        ae(It, {
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
}, Hp = { class: "mx-clip-pic" }, Fp = ["src", "poster"], Yp = { class: "mx-scrub-track" }, si = {
  __name: "ClipPlayer",
  props: { src: String, poster: { type: String, default: "" }, scrub: { type: Boolean, default: !0 } },
  setup(e) {
    const t = me(null), n = me(0), o = me(0), i = me(!1);
    let r = 0;
    function a() {
      const w = t.value;
      w && (n.value = w.currentTime), r = i.value ? requestAnimationFrame(a) : 0;
    }
    function s() {
      const w = t.value;
      if (!w) return;
      w.preload = "auto";
      const m = w.play();
      m && m.catch && m.catch(() => {
      });
    }
    function l() {
      const w = t.value;
      w && w.pause();
    }
    function u() {
      i.value = !0, r || (r = requestAnimationFrame(a));
    }
    function c() {
      i.value = !1;
    }
    function d(w) {
      const m = t.value, y = w.currentTarget;
      if (!m || !o.value) return;
      const x = y.getBoundingClientRect();
      m.currentTime = n.value = Math.max(0, Math.min(1, (w.clientX - x.left) / x.width)) * o.value;
    }
    function f(w) {
      var C;
      w.preventDefault();
      const m = w.currentTarget;
      (C = m.setPointerCapture) == null || C.call(m, w.pointerId), d(w);
      const y = (p) => d({ clientX: p.clientX, currentTarget: m }), x = () => {
        m.removeEventListener("pointermove", y), m.removeEventListener("pointerup", x);
      };
      m.addEventListener("pointermove", y), m.addEventListener("pointerup", x);
    }
    const h = (w) => `${Math.floor(w / 60)}:${String(Math.floor(w % 60)).padStart(2, "0")}`;
    return jt(() => {
      r && cancelAnimationFrame(r);
    }), (w, m) => (E(), P("div", {
      class: Ae(["mx-clip", { playing: i.value }]),
      "data-role": "clip",
      onPointerenter: s,
      onPointerleave: l
    }, [
      _("div", Hp, [
        _("video", {
          ref_key: "video",
          ref: t,
          src: `${e.src}#t=0.05`,
          poster: e.poster || void 0,
          muted: "",
          loop: "",
          playsinline: "",
          preload: "metadata",
          disablepictureinpicture: "",
          onLoadedmetadata: m[0] || (m[0] = (y) => o.value = y.target.duration || 0),
          onPlay: u,
          onPause: c
        }, null, 40, Fp)
      ]),
      e.scrub ? (E(), P("div", {
        key: 0,
        class: "mx-scrub nodrag",
        "data-role": "scrub",
        onPointerdown: he(f, ["stop"])
      }, [
        _("div", Yp, [
          _("i", {
            style: Te({ width: o.value ? `${n.value / o.value * 100}%` : "0%" })
          }, null, 4)
        ]),
        _("span", null, F(h(n.value)) + " / " + F(h(o.value)), 1)
      ], 32)) : te("", !0)
    ], 34));
  }
}, Xp = ["data-runs", "title"], qp = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, Gp = { class: "mx-status-text" }, Up = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, Wp = {
  key: 0,
  class: "mx-progress"
}, Kp = { class: "mx-intent-main" }, Zp = { class: "mx-intent-text" }, jp = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, Jp = ["src"], Qp = {
  key: 1,
  class: "mx-thumb"
}, eg = ["src"], tg = ["title", "data-in", "data-out", "data-duration"], ng = ["data-locked", "title"], og = { class: "bar" }, ig = { class: "mx-foot nodrag" }, rg = ["title"], ag = {
  key: 1,
  class: "mx-subs"
}, sg = ["title", "onClick"], lg = {
  key: 2,
  class: "mx-dur",
  title: "Duration in seconds"
}, ug = ["value"], cg = {
  key: 3,
  class: "mx-grow"
}, dg = ["data-pipeline", "onClick"], fg = { class: "mx-pipe-name" }, hg = { key: 0 }, vg = { class: "mx-pipe-stages" }, mg = { key: 0 }, pg = {
  key: 0,
  class: "mx-pipe-desc"
}, gg = { class: "mx-pipe-name" }, yg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = Et(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, r = W(() => t.data.status || { state: "idle", label: "idle" }), a = W(() => St[r.value.state] || St.idle), s = W(() => tr[r.value.state] || tr.idle), l = W(() => {
      const D = r.value.label || r.value.state;
      return D.startsWith(r.value.state) ? D : `${r.value.state} · ${D}`;
    }), u = W(() => `${Math.round((r.value.fraction || 0) * 100)}%`), c = W(() => X.value && r.value.fraction !== void 0), d = me(!1);
    _e(() => r.value.state, (D) => {
      D !== "failed" && (d.value = !1);
    });
    const f = me(!1), h = W(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), w = W(() => n.pipelines.list.find((D) => D.name === h.value) || null);
    function m() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function y(D) {
      f.value = !1, o("pipeline", { id: t.id, name: D });
    }
    const x = W(() => n.shots[t.id] || null), C = W(() => x.value ? x.value.number : "—"), p = W(() => {
      const D = x.value;
      if (!D) return "";
      const M = D.cut_in > 0 || D.cut_out < D.duration_s;
      return `in ${v(D.cut_in)} · out ${v(D.cut_out)} of ${v(D.duration_s)}${M ? " (handles kept)" : ""}`;
    });
    function v(D) {
      return `${Math.round(D * 100) / 100}s`;
    }
    function z() {
      x.value && o("lock", { id: t.id, locked: !x.value.locked });
    }
    const R = me(null);
    function Y(D) {
      if (D.button !== 0) return;
      D.preventDefault(), D.stopPropagation();
      const M = { x: D.clientX, y: D.clientY };
      let V = !1;
      const G = (re) => {
        if (!V && Math.hypot(re.clientX - M.x, re.clientY - M.y) < 4) return;
        V = !0;
        const ue = B(re);
        R.value = { x: re.clientX, y: re.clientY, target: ue ? ue.id : "", before: ue ? ue.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((pe) => pe.classList.remove("mx-seq-drop", "before", "after")), ue && ue.el.classList.add("mx-seq-drop", ue.before ? "before" : "after");
      }, J = (re) => {
        if (window.removeEventListener("pointermove", G), window.removeEventListener("pointerup", J), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ee) => ee.classList.remove("mx-seq-drop", "before", "after")), R.value = null, !V) return;
        const ue = B(re);
        if (!ue) return;
        let pe = ue.id;
        if (ue.before) {
          const ee = n.sequence.filter((Q) => Q !== t.id), K = ee.indexOf(ue.id);
          pe = K > 0 ? ee[K - 1] : null;
        }
        pe !== t.id && o("place_after", { id: t.id, after: pe });
      };
      window.addEventListener("pointermove", G), window.addEventListener("pointerup", J);
    }
    function B(D) {
      var G;
      const M = (G = document.elementFromPoint(D.clientX, D.clientY)) == null ? void 0 : G.closest('.mx-block[data-kind="intent"][data-id]');
      if (!M || M.dataset.id === t.id) return null;
      const V = M.getBoundingClientRect();
      return { el: M, id: M.dataset.id, before: D.clientX < V.left + V.width / 2 };
    }
    const U = W(() => {
      const D = t.data.takes || [], M = t.data.chosen || {};
      return D.find((V) => V.id === M.clip) || D.find((V) => V.id === M.still) || null;
    }), Z = W(() => {
      const D = (t.data.takes || []).find((M) => M.id === (t.data.chosen || {}).still);
      return D && !(D.mime || "").startsWith("video") ? D.url : "";
    }), X = W(() => ["queued", "claimed", "rendering"].includes(r.value.state));
    function N(D) {
      const M = n.sequence.indexOf(t.id);
      M < 0 || o("reorder", { id: t.id, index: Math.max(0, M + D) });
    }
    const j = me(!1), k = Oe();
    _e(j, (D) => {
      D && Ye(() => {
        const M = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), V = document.querySelector(".vue-flow");
        if (!M || !V) return;
        const G = M.getBoundingClientRect().bottom - V.getBoundingClientRect().bottom + 16;
        if (G > 0) {
          const J = k.viewport.value;
          k.setViewport({ x: J.x, y: J.y - G, zoom: J.zoom }, { duration: 200 });
        }
      });
    });
    const L = W(() => {
      const D = t.data, M = x.value ? x.value.number : "";
      return [[D.scene_no && `sc ${D.scene_no}`, M && `sh ${M}`].filter(Boolean).join(" "), D.shot_size, D.angle, D.camera_move, D.lens, D.transition].filter(Boolean).join(" · ");
    });
    function I(D) {
      const M = parseFloat(D.target.value);
      Number.isFinite(M) && o("update", { id: t.id, fields: { duration_s: M } });
    }
    return (D, M) => (E(), Be(Bt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: a.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: Ve(() => [
        _("button", {
          class: Ae(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": h.value,
          title: w.value ? `Runs the ${h.value} pipeline: ${w.value.stages.join(" → ")}. Click to pick another` : `Runs ${h.value}`,
          onClick: he(m, ["stop"])
        }, [
          _("span", null, F(h.value), 1),
          ae(Se, {
            name: "down",
            size: 10
          })
        ], 10, Xp)
      ]),
      head: Ve(() => [
        _("span", qp, [
          _("button", {
            onClick: M[0] || (M[0] = he((V) => N(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            ae(Se, {
              name: "left",
              size: 11
            })
          ]),
          _("b", {
            "data-role": "shot-number",
            class: Ae({ locked: x.value && x.value.locked }),
            onPointerdown: Y
          }, F(C.value), 35),
          _("button", {
            onClick: M[1] || (M[1] = he((V) => N(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            ae(Se, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (E(), Be(qo(r.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: Te({ color: s.value }),
          title: r.value.state === "failed" ? "Why it failed" : [l.value, r.value.peer && `on ${r.value.peer}`, r.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": r.value.state,
          onClick: M[2] || (M[2] = he((V) => r.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: Ve(() => [
            _("i", {
              class: "mx-dot",
              style: Te({ background: r.value.state === "idle" ? s.value : a.value })
            }, null, 4),
            _("span", Gp, F(l.value), 1),
            c.value ? (E(), P("b", Up, F(u.value), 1)) : te("", !0),
            r.value.state === "failed" ? (E(), Be(Se, {
              key: 1,
              name: "info",
              size: 11
            })) : te("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: Ve(() => [
        _("footer", ig, [
          X.value && r.value.peer ? (E(), P("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${r.value.peer}`
          }, [
            M[13] || (M[13] = xe("on ")),
            _("b", null, F(r.value.peer), 1)
          ], 8, rg)) : (E(), P("div", ag, [
            (E(), P(ge, null, ze(i, (V, G) => _("button", {
              key: G,
              class: Ae({ on: e.data.sub === G }),
              title: G,
              onClick: he((J) => H(o)("update", { id: e.id, fields: { sub: G } }), ["stop"])
            }, [
              ae(Se, {
                name: V,
                size: 12
              }, null, 8, ["name"])
            ], 10, sg)), 64))
          ])),
          X.value && r.value.peer ? te("", !0) : (E(), P("label", lg, [
            _("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: I,
              onKeydown: M[4] || (M[4] = he(() => {
              }, ["stop"]))
            }, null, 40, ug),
            M[14] || (M[14] = xe("s "))
          ])),
          _("button", {
            class: Ae(["mx-panel-toggle", { on: j.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: M[5] || (M[5] = he((V) => j.value = !j.value, ["stop"]))
          }, [
            ae(Se, {
              name: "film",
              size: 12
            })
          ], 2),
          X.value && r.value.peer ? te("", !0) : (E(), P("span", cg)),
          X.value ? (E(), P("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: M[6] || (M[6] = he((V) => H(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            ae(Se, {
              name: "square",
              size: 10
            }),
            M[15] || (M[15] = xe("Cancel"))
          ])) : (E(), P("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: M[7] || (M[7] = he((V) => H(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            ae(Se, {
              name: "play",
              size: 11
            }),
            M[16] || (M[16] = xe("Render"))
          ]))
        ]),
        r.value.state === "failed" && d.value ? (E(), P("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: M[9] || (M[9] = he(() => {
          }, ["stop"]))
        }, [
          _("b", null, F(r.value.stage ? `${r.value.stage} failed` : "failed"), 1),
          xe(F(r.value.reason) + " ", 1),
          _("button", {
            class: "mx-x",
            title: "Close",
            onClick: M[8] || (M[8] = he((V) => d.value = !1, ["stop"]))
          }, [
            ae(Se, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : te("", !0),
        f.value ? (E(), P("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: M[11] || (M[11] = he(() => {
          }, ["stop"])),
          onWheel: M[12] || (M[12] = he(() => {
          }, ["stop"]))
        }, [
          M[18] || (M[18] = _("div", { class: "mx-pipes-title" }, [
            xe("Pipeline "),
            _("span", null, "what rendering this intent makes")
          ], -1)),
          (E(!0), P(ge, null, ze(H(n).pipelines.list, (V) => (E(), P("button", {
            key: V.name,
            class: Ae(["mx-pipe", { on: V.name === h.value }]),
            "data-pipeline": V.name,
            onClick: he((G) => y(V.name), ["stop"])
          }, [
            _("span", fg, [
              xe(F(V.name), 1),
              V.name === H(n).pipelines.defaults[e.data.sub] ? (E(), P("i", hg, "default for " + F(e.data.sub), 1)) : te("", !0)
            ]),
            _("span", vg, [
              xe(F(V.needs.join(" → ")), 1),
              V.optional.length ? (E(), P("i", mg, "+ " + F(V.optional.join(", ")) + " when linked", 1)) : te("", !0)
            ]),
            V.description ? (E(), P("span", pg, F(V.description), 1)) : te("", !0),
            H(n).pipelines.live ? (E(), P("span", {
              key: 1,
              class: Ae(["mx-pipe-who", { none: !V.runnable_by.length }])
            }, F(V.runnable_by.length ? `runs on ${V.runnable_by.join(", ")}` : `no live machine runs ${V.needs.join(" + ")}`), 3)) : te("", !0)
          ], 10, dg))), 128)),
          e.data.pipeline ? (E(), P("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: M[10] || (M[10] = he((V) => {
              H(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            _("span", gg, [
              M[17] || (M[17] = xe("back to the default")),
              _("i", null, F(H(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : te("", !0)
        ], 32)) : te("", !0),
        j.value ? (E(), Be(Lp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: x.value
        }, null, 8, ["id", "data", "shot"])) : te("", !0),
        (E(), Be(Ga, { to: "body" }, [
          R.value ? (E(), P("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Te({ left: `${R.value.x + 12}px`, top: `${R.value.y + 12}px` })
          }, [
            xe(" shot " + F(C.value), 1),
            R.value.target ? (E(), P(ge, { key: 0 }, [
              xe(" · " + F(R.value.before ? "before" : "after"), 1)
            ], 64)) : te("", !0)
          ], 4)) : te("", !0)
        ]))
      ]),
      default: Ve(() => [
        r.value.fraction !== void 0 && r.value.state !== "idle" ? (E(), P("div", Wp, [
          _("div", {
            style: Te({ width: `${Math.round((r.value.fraction || 0) * 100)}%`, background: a.value })
          }, null, 4)
        ])) : te("", !0),
        _("div", Kp, [
          _("div", Zp, [
            ae(It, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            ae(It, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            L.value ? (E(), P("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: M[3] || (M[3] = he((V) => j.value = !j.value, ["stop"]))
            }, F(L.value), 1)) : te("", !0)
          ]),
          r.value.state === "rendering" && r.value.thumb ? (E(), P("div", jp, [
            _("img", {
              src: r.value.thumb,
              alt: ""
            }, null, 8, Jp)
          ])) : U.value ? (E(), P("div", Qp, [
            (U.value.mime || "").startsWith("video") ? (E(), Be(si, {
              key: 0,
              src: U.value.url,
              poster: Z.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (E(), P("img", {
              key: 1,
              src: U.value.url,
              alt: ""
            }, null, 8, eg))
          ])) : te("", !0)
        ]),
        x.value ? (E(), P("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: p.value,
          "data-in": x.value.cut_in,
          "data-out": x.value.cut_out,
          "data-duration": x.value.duration_s
        }, [
          _("button", {
            class: Ae(["mx-lock", { on: x.value.locked }]),
            "data-role": "lock",
            "data-locked": x.value.locked ? "true" : "false",
            title: x.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: he(z, ["stop"])
          }, [
            ae(Se, {
              name: x.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, ng),
          _("div", og, [
            _("i", {
              style: Te({ left: `${x.value.cut_in / x.value.duration_s * 100}%`, width: `${(x.value.cut_out - x.value.cut_in) / x.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          _("span", null, [
            xe(F(v(x.value.cut_in)) + "–" + F(v(x.value.cut_out)), 1),
            x.value.edit_s !== x.value.duration_s ? (E(), P(ge, { key: 0 }, [
              xe(" / " + F(v(x.value.duration_s)), 1)
            ], 64)) : te("", !0)
          ])
        ], 8, tg)) : te("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
};
async function za(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const a = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), s = await fetch(`/canvas/api/upload?${a}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!s.ok) throw new Error(await s.text() || `upload failed (${s.status})`);
  return s.json();
}
const wg = {
  key: 0,
  class: "mx-comp-clip"
}, xg = ["src"], bg = {
  key: 2,
  class: "mx-drop-hint"
}, _g = {
  key: 2,
  class: "mx-voice nodrag"
}, kg = ["src"], Sg = { class: "k" }, $g = ["value", "onChange"], Eg = ["onClick"], Ng = { class: "mx-kv add" }, Cg = { id: "mx-directive-keys" }, Mg = ["value"], Ig = {
  key: 4,
  class: "mx-reason"
}, Tg = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = Et(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, a = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], s = W(() => Object.entries(t.data.params || {})), l = me(""), u = me(""), c = me(!1), d = me(null), f = me("");
    function h(p, v) {
      const z = { ...t.data.params || {} };
      v === null ? delete z[p] : z[p] = v, o("update", { id: t.id, fields: { params: z } });
    }
    function w() {
      l.value.trim() && (h(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function m(p) {
      c.value = !1;
      const v = p.dataTransfer && p.dataTransfer.files && p.dataTransfer.files[0];
      v && (p.preventDefault(), p.stopPropagation(), await y(v));
    }
    async function y(p) {
      f.value = "";
      try {
        await za(n.token, p, { block: t.id });
      } catch (v) {
        f.value = String(v.message || v);
      }
    }
    function x(p) {
      const v = p.target.files[0];
      v && y(v);
    }
    async function C() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const p = await navigator.mediaDevices.getUserMedia({ audio: !0 }), v = new MediaRecorder(p), z = [];
        v.ondataavailable = (R) => z.push(R.data), v.onstop = () => {
          p.getTracks().forEach((R) => R.stop()), d.value = null, y(new Blob(z, { type: v.mimeType || "audio/webm" }));
        }, v.start(), d.value = v;
      } catch (p) {
        f.value = "microphone unavailable: " + (p.message || p);
      }
    }
    return (p, v) => (E(), Be(Bt, {
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
      default: Ve(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (E(), P("div", {
          key: 0,
          class: Ae(["mx-drop nodrag", { over: c.value }]),
          onDragover: v[0] || (v[0] = he((z) => c.value = !0, ["prevent", "stop"])),
          onDragleave: v[1] || (v[1] = (z) => c.value = !1),
          onDrop: m
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (E(), P("div", wg, [
            ae(si, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (E(), P("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, xg)) : (E(), P("label", bg, [
            ae(Se, {
              name: "upload",
              size: 18
            }),
            v[5] || (v[5] = _("span", null, [
              xe("Drop an image or "),
              _("u", null, "choose")
            ], -1)),
            _("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: x
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (E(), Be(It, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (E(), P("div", _g, [
          _("button", {
            class: Ae(["mx-rec", { live: d.value }]),
            onClick: he(C, ["stop"])
          }, [
            ae(Se, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            xe(F(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (E(), P("audio", {
            key: 0,
            src: e.data.url,
            controls: "",
            preload: "none"
          }, null, 8, kg)) : te("", !0)
        ])) : e.data.sub === "directive" ? (E(), P("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: v[4] || (v[4] = he(() => {
          }, ["stop"]))
        }, [
          (E(!0), P(ge, null, ze(s.value, ([z, R]) => (E(), P("div", {
            key: z,
            class: "mx-kv"
          }, [
            _("span", Sg, F(z), 1),
            _("input", {
              class: "v",
              value: R,
              onChange: (Y) => h(z, Y.target.value)
            }, null, 40, $g),
            _("button", {
              onClick: he((Y) => h(z, null), ["stop"])
            }, [
              ae(Se, {
                name: "x",
                size: 11
              })
            ], 8, Eg)
          ]))), 128)),
          _("div", Ng, [
            qt(_("input", {
              class: "k",
              "onUpdate:modelValue": v[2] || (v[2] = (z) => l.value = z),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: dt(w, ["enter"])
            }, null, 544), [
              [ln, l.value]
            ]),
            qt(_("input", {
              class: "v",
              "onUpdate:modelValue": v[3] || (v[3] = (z) => u.value = z),
              placeholder: "value",
              onKeydown: dt(w, ["enter"])
            }, null, 544), [
              [ln, u.value]
            ]),
            _("button", {
              onClick: he(w, ["stop"])
            }, [
              ae(Se, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          _("datalist", Cg, [
            (E(), P(ge, null, ze(a, (z) => _("option", {
              key: z,
              value: z
            }, null, 8, Mg)), 64))
          ])
        ], 32)) : te("", !0),
        f.value ? (E(), P("div", Ig, F(f.value), 1)) : te("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Pg = {
  key: 0,
  class: "mx-chosen",
  title: "The chosen take",
  "data-role": "chosen"
}, Ag = { class: "mx-media-box" }, Dg = ["src"], zg = {
  key: 2,
  class: "mx-empty"
}, Og = { class: "mx-foot nodrag" }, Bg = {
  key: 0,
  class: "mx-takes"
}, Rg = ["title"], Vg = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = Et(), o = W(() => t.data.takes || [t.id]), i = W(() => Math.max(0, o.value.indexOf(t.id))), r = W(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function a(s) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + s + l) % l] });
    }
    return (s, l) => (E(), Be(Bt, {
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
      head: Ve(() => [
        e.data.chosen ? (E(), P("span", Pg, [
          ae(Se, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = xe("chosen"))
        ])) : te("", !0)
      ]),
      foot: Ve(() => [
        _("footer", Og, [
          o.value.length > 1 ? (E(), P("span", Bg, [
            _("button", {
              onClick: l[0] || (l[0] = he((u) => a(-1), ["stop"])),
              title: "Previous take"
            }, [
              ae(Se, {
                name: "left",
                size: 11
              })
            ]),
            xe(" take " + F(i.value + 1) + "/" + F(o.value.length) + " ", 1),
            _("button", {
              onClick: l[1] || (l[1] = he((u) => a(1), ["stop"])),
              title: "Next take"
            }, [
              ae(Se, {
                name: "right",
                size: 11
              })
            ])
          ])) : te("", !0),
          e.data.chosen ? te("", !0) : (E(), P("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = he((u) => H(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          _("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            xe(F(e.data.width) + "×" + F(e.data.height), 1),
            e.data.duration_s ? (E(), P(ge, { key: 0 }, [
              xe(" · " + F(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : te("", !0),
            xe(" · " + F(e.data.peer_name || e.data.peer_id), 1)
          ], 8, Rg),
          _("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = he((u) => H(n)("grow", { id: e.id }), ["stop"]))
          }, [
            ae(Se, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = xe("New intent"))
          ])
        ])
      ]),
      default: Ve(() => [
        _("div", Ag, [
          r.value && e.data.url ? (E(), Be(si, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (E(), P("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Dg)) : (E(), P("div", zg, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Lg = { class: "mx-stream nowheel" }, Hg = {
  key: 0,
  class: "mx-empty"
}, Fg = { class: "mx-machine-head" }, Yg = { class: "n" }, Xg = { class: "bar" }, qg = { class: "u" }, Gg = { class: "m" }, Ug = { class: "t" }, Wg = {
  key: 0,
  class: "mx-dim"
}, Kg = {
  key: 0,
  class: "mx-empty"
}, Zg = { class: "mx-job-head" }, jg = { class: "bar" }, Jg = { class: "mx-dim" }, Qg = {
  key: 0,
  class: "mx-empty"
}, ey = { class: "n" }, ty = { class: "s" }, ny = {
  key: 0,
  class: "mx-empty"
}, oy = { class: "t" }, iy = { class: "p" }, ry = { class: "msg" }, ay = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = Et(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = W(() => (t.data.peer_filter || "").toLowerCase()), a = W(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), s = W(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (E(), Be(Bt, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Ve(() => d[0] || (d[0] = [
        _("span", { class: "mx-live" }, [
          _("i"),
          xe("live")
        ], -1)
      ])),
      default: Ve(() => [
        _("div", Lg, [
          e.data.sub === "gpu" ? (E(), P(ge, { key: 0 }, [
            a.value.length ? te("", !0) : (E(), P("div", Hg, d[1] || (d[1] = [
              xe("No machines on this board yet. Start a peer: "),
              _("code", null, "multiplex up", -1)
            ]))),
            (E(!0), P(ge, null, ze(a.value, (f) => (E(), P("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              _("div", Fg, [
                _("i", {
                  class: Ae(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                _("b", null, F(f.name), 1),
                _("span", null, F(f.busy) + "/" + F(f.slots) + " busy" + F(f.paused ? " · paused" : ""), 1)
              ]),
              (E(!0), P(ge, null, ze(f.gpus, (h) => (E(), P("div", {
                key: h.index,
                class: "mx-gpu"
              }, [
                _("span", Yg, F(h.index), 1),
                _("div", Xg, [
                  _("div", {
                    style: Te({ width: `${h.util}%`, background: l(h.util) })
                  }, null, 4)
                ]),
                _("span", qg, F(Math.round(h.util)) + "%", 1),
                _("span", Gg, F(H(nr)(h.mem_used)) + "/" + F(H(nr)(h.mem_total)), 1),
                _("span", Ug, F(h.temp ? `${Math.round(h.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? te("", !0) : (E(), P("div", Wg, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (E(), P(ge, { key: 1 }, [
            H(n).activity.running.length ? te("", !0) : (E(), P("div", Kg, "Nothing rendering.")),
            (E(!0), P(ge, null, ze(H(n).activity.running, (f) => (E(), P("div", {
              key: f.id,
              class: "mx-job"
            }, [
              _("div", Zg, [
                _("b", null, F(f.title || f.intent), 1),
                _("span", null, F(f.stage) + " · " + F(f.peer || "—"), 1)
              ]),
              _("div", jg, [
                _("div", {
                  style: Te({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              _("div", Jg, F(f.state) + " " + F(Math.round(f.fraction * 100)) + "% " + F(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (E(), P(ge, { key: 2 }, [
            H(n).activity.queue.length ? te("", !0) : (E(), P("div", Qg, "Queue is empty.")),
            (E(!0), P(ge, null, ze(H(n).activity.queue, (f, h) => (E(), P("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              _("span", ey, F(String(h + 1).padStart(2, "0")), 1),
              _("b", null, F(f.title || f.intent), 1),
              _("span", null, F(f.stage), 1),
              _("span", ty, F(f.state), 1)
            ]))), 128))
          ], 64)) : (E(), P(ge, { key: 3 }, [
            s.value.length ? te("", !0) : (E(), P("div", ny, "Waiting for activity…")),
            (E(!0), P(ge, null, ze(s.value, (f, h) => (E(), P("div", {
              key: h,
              class: "mx-logline"
            }, [
              _("span", oy, F(H(co)(f.t)), 1),
              _("span", {
                class: "k",
                style: Te({ color: u[f.kind] || "#9ca3af" })
              }, F(f.kind), 5),
              _("span", iy, F(f.peer), 1),
              _("span", ry, F(f.stage) + " " + F(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, sy = { class: "mx-narrator" }, ly = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, uy = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, cy = ["aria-expanded"], dy = {
  key: 0,
  class: "mx-think-text"
}, fy = {
  key: 2,
  class: "mx-empty"
}, hy = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = me(null), o = me(!1), i = W(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), r = W(() => (t.data.think || "").trim());
    return _e(() => t.data.text, () => Ye(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (a, s) => (E(), Be(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Ve(() => [
        _("span", sy, [
          xe(F(e.data.narrator || "narrator"), 1),
          e.data.updated ? (E(), P(ge, { key: 0 }, [
            xe(" · " + F(H(co)(e.data.updated)), 1)
          ], 64)) : te("", !0)
        ])
      ]),
      default: Ve(() => [
        _("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (E(), P("p", ly, F(e.data.status), 1)) : te("", !0),
          r.value ? (E(), P("div", uy, [
            _("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: s[0] || (s[0] = he((l) => o.value = !o.value, ["stop"]))
            }, F(o.value ? "▾" : "▸") + " reasoning ", 9, cy),
            o.value ? (E(), P("pre", dy, F(r.value), 1)) : te("", !0)
          ])) : te("", !0),
          (E(!0), P(ge, null, ze(i.value, (l, u) => (E(), P("p", {
            key: u,
            class: Ae({ last: u === i.value.length - 1 })
          }, F(l), 3))), 128)),
          i.value.length ? te("", !0) : (E(), P("p", fy, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, vy = { class: "mx-media-box mx-with-caption" }, my = ["src"], py = {
  key: 1,
  class: "mx-visual-empty"
}, gy = {
  class: "mx-caption",
  "data-role": "caption"
}, yy = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (E(), Be(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      foot: Ve(() => [
        _("div", gy, F(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: Ve(() => [
        _("div", vy, [
          e.data.url ? (E(), P("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, my)) : (E(), P("div", py, n[0] || (n[0] = [
            _("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, wy = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function lr(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function ur(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const r = new URLSearchParams({ token: e, kind: t, block: n });
  let a = await lr(await fetch(`/canvas/api/export?${r}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; a.state === "running"; )
    i(a), await new Promise((s) => setTimeout(s, 300)), a = await lr(await fetch(`/canvas/api/export/${encodeURIComponent(a.id)}?${new URLSearchParams({ token: e })}`));
  if (i(a), a.state !== "done") throw new Error(`${t} export ${a.state}: ${a.error || "no reason given"}`);
  return a;
}
function xy(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const by = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, _y = { class: "mx-media-box mx-animatic-box" }, ky = ["src"], Sy = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, $y = ["data-fraction"], Ey = { class: "bar" }, Ny = { class: "mx-foot nodrag" }, Cy = ["disabled"], My = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, Iy = ["data-duration"], Ty = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, Py = ["title", "data-kind", "disabled", "onClick"], Ay = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, Dy = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = Et(), o = sn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = sn({}), r = W(() => Object.values(n.shots)), a = W(() => r.value.reduce((c, d) => c + d.edit_s, 0)), s = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await ur(n.token, "animatic", {
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
          const d = await ur(n.token, c, { onProgress: (f) => {
            i[c] = f.fraction || 0;
          } });
          xy(d.url, d.filename);
        } catch (d) {
          o.error = String(d.message || d);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, d) => (E(), Be(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: Ve(() => [
        _("span", by, F(r.value.length) + " shot" + F(r.value.length === 1 ? "" : "s") + " · " + F(s(a.value)), 1)
      ]),
      foot: Ve(() => [
        _("footer", Ny, [
          _("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !r.value.length,
            onClick: he(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            ae(Se, {
              name: "play",
              size: 11
            }),
            xe(F(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, Cy),
          _("label", My, [
            qt(_("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = he(() => {
              }, ["stop"]))
            }, null, 544), [
              [Ua, o.burnIn]
            ]),
            d[2] || (d[2] = xe("shot no."))
          ]),
          d[3] || (d[3] = _("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (E(), P("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            xe(F(e.data.shots) + " shots · " + F(s(e.data.duration_s)), 1),
            e.data.built ? (E(), P(ge, { key: 0 }, [
              xe(" · " + F(H(co)(e.data.built)), 1)
            ], 64)) : te("", !0)
          ], 8, Iy)) : te("", !0)
        ]),
        _("div", Ty, [
          (E(!0), P(ge, null, ze(H(wy), (f) => (E(), P("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: Ae({ busy: i[f.kind] !== void 0 }),
            disabled: !r.value.length,
            onClick: he((h) => u(f.kind), ["stop"])
          }, [
            ae(Se, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            xe(F(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (E(), P("i", {
              key: 0,
              style: Te({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : te("", !0)
          ], 10, Py))), 128))
        ]),
        o.error ? (E(), P("div", Ay, F(o.error), 1)) : te("", !0)
      ]),
      default: Ve(() => [
        _("div", _y, [
          e.data.url ? (E(), P("video", {
            key: e.data.url,
            src: e.data.url,
            controls: "",
            playsinline: "",
            preload: "metadata",
            class: "nodrag",
            "data-role": "animatic-player"
          }, null, 8, ky)) : (E(), P("div", Sy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (E(), P("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            _("div", Ey, [
              _("i", {
                style: Te({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            _("span", null, F(Math.round(o.fraction * 100)) + "% · " + F(o.message), 1)
          ], 8, $y)) : te("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, zy = { class: "mx-root" }, Oy = { class: "mx-wordmark" }, By = { "data-role": "board-name" }, Ry = { class: "mx-people" }, Vy = ["title"], Ly = ["disabled"], Hy = { key: 0 }, Fy = { class: "mx-snap-new" }, Yy = ["onClick"], Xy = ["onClick"], qy = {
  key: 0,
  class: "mx-empty"
}, Gy = { class: "mx-toasts" }, Uy = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, Wy = { class: "mx-dialog-kicker" }, Ky = { class: "mx-dialog-title" }, Zy = { class: "mx-cost" }, jy = {
  key: 0,
  class: "mx-warn"
}, Jy = { class: "mx-dialog-actions" }, Qy = { class: "mx-search-in" }, e1 = ["onClick", "onMouseenter"], cr = "mx-flow", t1 = 0.42, n1 = 0.2, i1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = uv(i), { state: a, send: s } = r;
    At(_a, r), a.me = o.me || a.me, a.board = o.board, a.token = o.token;
    const l = Oe(cr), u = {
      intent: We(yg),
      comp: We(Tg),
      gen_art: We(Vg),
      activity: We(ay),
      narration: We(hy),
      visual_narration: We(yy),
      animatic: We(Dy)
    }, c = ($) => $.kind === "activity" && $.sub === "animatic" ? "animatic" : $.kind, d = Object.fromEntries(Object.keys(u).map(($) => [$, We(ii)])), f = Object.fromEntries(Object.keys(u).map(($) => [$, We(ri)])), h = W(() => a.lod === 2 ? f : a.lod ? d : u), w = [8, 8], m = ["Shift", "Meta", "Control"], y = { type: "default" }, x = { class: "mx-connecting" }, C = /* @__PURE__ */ new Map(), p = me(0), v = /* @__PURE__ */ new Map(), z = me(null), R = me(!1), Y = me([]), B = me(null), U = sn({ open: !1, q: "", i: 0 }), Z = me(!1), X = me(""), N = me(!1);
    function j($) {
      return {
        id: $.id,
        type: c($),
        position: { x: $.x, y: $.y },
        data: $,
        style: { width: `${$.w}px`, height: `${$.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function k($) {
      return {
        id: $.id,
        source: $.src,
        target: $.dst,
        type: "default",
        class: `mx-edge mx-edge-${$.kind}`,
        targetHandle: "in",
        animated: $.kind === "gen_art",
        data: $,
        deletable: !0
      };
    }
    function L() {
      const $ = [];
      if (a.lod === 2) return $;
      const O = a.sequence.filter((q) => C.has(q));
      for (let q = 0; q + 1 < O.length; q++)
        $.push({
          id: `seq:${O[q]}:${O[q + 1]}`,
          source: O[q],
          target: O[q + 1],
          type: "straight",
          class: "mx-edge mx-edge-seq",
          selectable: !1,
          deletable: !1,
          focusable: !1,
          sourceHandle: "seq-out",
          targetHandle: "seq-in",
          data: { kind: "seq" }
        });
      return $;
    }
    function I() {
      const $ = l.edges.value.filter((O) => O.id.startsWith("seq:")).map((O) => O.id);
      $.length && l.removeEdges($), l.addEdges(L());
    }
    function D($) {
      const O = window.__mxMarks = window.__mxMarks || {};
      O.reset = performance.now(), C.clear(), v.clear(), M.clear();
      for (const q of $.blocks) M.add(q.id);
      for (const q of $.blocks) C.set(q.id, q);
      for (const q of $.edges) v.set(q.id, q);
      a.sequence = $.sequence || [], a.shots = $.shots || {}, a.comments = $.comments || [], a.snapshots = $.snapshots || [], $.activity && (a.activity = $.activity), $.users && (a.users = $.users), $.choices && (a.choices = $.choices), $.pipelines && (a.pipelines = $.pipelines), R.value || ue($.blocks), p.value++, l.setNodes($.blocks.map(j)), l.setEdges([...$.edges.map(k), ...L()]), O.set = performance.now(), R.value || (R.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const M = /* @__PURE__ */ new Set();
    function V($, O, q, Ie = 0) {
      const $e = l.findNode($);
      if (!$e) {
        M.has($) ? Ie < 8 && Ye(() => {
          const Je = C.get($);
          Je && V($, Je, [], Ie + 1);
        }) : (M.add($), q.push(j(O)));
        return;
      }
      $e.data = O, $e.type !== c(O) && ($e.type = c(O)), !$e.dragging && ($e.position.x !== O.x || $e.position.y !== O.y) && ($e.position = { x: O.x, y: O.y });
      const Xe = `${O.w}px`, Ze = `${O.h}px`;
      (!$e.style || $e.style.width !== Xe || $e.style.height !== Ze) && ($e.style = { ...$e.style || {}, width: Xe, height: Ze });
    }
    function G($) {
      if ($.blocks) {
        const O = [], q = [];
        for (const [Ie, $e] of Object.entries($.blocks)) {
          if ($e === null) {
            C.delete(Ie), M.delete(Ie) && q.push(Ie);
            continue;
          }
          C.set(Ie, $e), V(Ie, $e, O);
        }
        q.length && l.removeNodes(q), O.length && l.addNodes(O), p.value++;
      }
      if ($.edges) {
        const O = [], q = [];
        for (const [Ie, $e] of Object.entries($.edges))
          $e === null ? (v.delete(Ie), q.push(Ie)) : v.has(Ie) || (v.set(Ie, $e), O.push(k($e)));
        q.length && l.removeEdges(q), O.length && Ye(() => l.addEdges(O));
      }
      $.sequence && (a.sequence = $.sequence), $.shots && (a.shots = $.shots), ($.sequence || $.blocks && Object.values($.blocks).some((O) => O === null || O && O.kind === "intent")) && Ye(I), $.comments && (a.comments = $.comments), $.snapshots && (a.snapshots = $.snapshots), $.activity && (a.activity = $.activity), $.users && (a.users = $.users);
    }
    function J($) {
      const O = { id: Math.random(), text: $.text || String($), kind: $.kind || "info" };
      Y.value.push(O), setTimeout(() => {
        Y.value = Y.value.filter((q) => q !== O);
      }, $.kind === "error" ? 6e3 : 3200);
    }
    function re($) {
      $.preview && (B.value = $.preview), $.pipelines && (a.pipelines = $.pipelines), $.notify && J({ text: $.notify }), $.error && J({ text: $.error, kind: "error" });
    }
    t({ reset: D, apply: G, notify: J, reply: re }), l.onNodeDragStop(({ nodes: $ }) => {
      s("move", { moves: $.map((O) => ({ id: O.id, x: Math.round(O.position.x), y: Math.round(O.position.y) })) });
    });
    function ue($) {
      const O = z.value;
      if (!$.length || !O) return;
      let q = 1 / 0, Ie = 1 / 0, $e = -1 / 0, Xe = -1 / 0;
      for (const Rt of $)
        q = Math.min(q, Rt.x), Ie = Math.min(Ie, Rt.y), $e = Math.max($e, Rt.x + Rt.w), Xe = Math.max(Xe, Rt.y + Rt.h);
      const Ze = O.clientWidth, Je = O.clientHeight, ut = Math.max(0.05, Math.min(1, Math.min(Ze / ($e - q), Je / (Xe - Ie)) * (1 - 0.12)));
      a.lod = Ee(ut), l.setViewport({ x: (Ze - ($e - q) * ut) / 2 - q * ut, y: (Je - (Xe - Ie) * ut) / 2 - Ie * ut, zoom: ut });
    }
    l.onConnect(($) => s("connect", { source: $.source, target: $.target }));
    function pe({ kind: $, sub: O, clientX: q, clientY: Ie, dragged: $e }) {
      const Xe = z.value.getBoundingClientRect();
      let Ze;
      if ($e) {
        if (q < Xe.left || Ie < Xe.top) return;
        Ze = l.screenToFlowCoordinate({ x: q, y: Ie });
      } else
        Ze = l.screenToFlowCoordinate({ x: Xe.left + Xe.width / 2, y: Xe.top + Xe.height / 2 });
      let Je = "";
      if ($e && $ === "comp") {
        const vo = document.elementFromPoint(q, Ie), ut = vo && vo.closest('[data-kind="intent"][data-id]');
        ut && (Je = ut.dataset.id);
      }
      s("create", { kind: $, sub: O, x: Math.round(Ze.x - 40), y: Math.round(Ze.y - 20), attach: Je });
    }
    async function ee($) {
      var Xe;
      N.value = !1;
      const O = [...$.dataTransfer && $.dataTransfer.files || []];
      if (!O.length) return;
      $.preventDefault();
      const q = (Xe = document.elementFromPoint($.clientX, $.clientY)) == null ? void 0 : Xe.closest('[data-kind="intent"][data-id]');
      let { x: Ie, y: $e } = l.screenToFlowCoordinate({ x: $.clientX, y: $.clientY });
      for (const Ze of O.slice(0, 12)) {
        try {
          await za(a.token, Ze, { x: Math.round(Ie), y: Math.round($e), attach: q ? q.dataset.id : "" });
        } catch (Je) {
          J({ text: String(Je.message || Je), kind: "error" });
        }
        Ie += 30, $e += 30;
      }
    }
    const K = W(() => l.getSelectedNodes.value.map(($) => $.id)), Q = W(() => l.getSelectedNodes.value.filter(($) => $.type === "intent").map(($) => $.id));
    let ke = null;
    _e(K, ($) => {
      clearTimeout(ke), ke = setTimeout(() => i("presence", { selection: $.slice(0, 200) }), 120);
    });
    let Me = 0;
    function we($) {
      const O = performance.now();
      if (O - Me < 80) return;
      Me = O;
      const q = l.screenToFlowCoordinate({ x: $.clientX, y: $.clientY });
      i("presence", { cursor: { x: Math.round(q.x), y: Math.round(q.y) } });
    }
    function Ee($) {
      return $ < n1 ? 2 : $ < t1 ? 1 : 0;
    }
    _e(() => Ee(l.viewport.value.zoom), ($) => {
      a.lod = $;
    }, { immediate: !0 }), _e(() => a.lod, ($, O) => {
      ($ === 2 || O === 2) && I(), $ || Ye(() => requestAnimationFrame(() => l.updateNodeInternals(l.nodes.value.map((q) => q.id))));
    });
    const fe = me(!1);
    let de = null;
    l.onMove(() => {
      fe.value || (fe.value = !0), clearTimeout(de), de = setTimeout(() => {
        fe.value = !1;
      }, 180);
    });
    const b = W(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), g = W(() => {
      const $ = b.value;
      return { gap: 24 * 2 ** $, size: $ ? 1.2 * 2 ** ($ + 1) : 1.2 };
    }), S = W(() => a.users.filter(($) => $.id !== a.me.id && $.cursor)), A = W(() => {
      const $ = /* @__PURE__ */ new Map();
      for (const O of a.users) $.has(O.id) || $.set(O.id, O);
      return [...$.values()];
    });
    function T() {
      const $ = Q.value;
      if (!$.length) {
        J({ text: "Select one or more intents to render" });
        return;
      }
      s("preview", { ids: $ });
    }
    function ne() {
      B.value && (s("render", { ids: B.value.intents }), B.value = null);
    }
    const ie = W(() => {
      const $ = B.value;
      return $ ? $.gpus > 0 ? `Commit ${$.gpus} GPU${$.gpus > 1 ? "s" : ""}` : $.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function ce() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function se($) {
      $ > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const ve = W(() => dv([...C.values()], U.q));
    function be() {
      U.open = !0, U.q = "", U.i = 0, Ye(() => {
        var $;
        return ($ = document.querySelector(".mx-search input")) == null ? void 0 : $.focus();
      });
    }
    function Pe($) {
      if (!$) return;
      U.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const O = l.findNode($.id);
      O && (l.addSelectedNodes([O]), l.fitView({ nodes: [$.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function ot($) {
      const O = $.target;
      return O && (O.tagName === "INPUT" || O.tagName === "TEXTAREA" || O.isContentEditable);
    }
    function Ue($) {
      const O = $.ctrlKey || $.metaKey, q = $.key.toLowerCase();
      if (O && q === "k") {
        $.preventDefault(), be();
        return;
      }
      if ($.key === "Escape") {
        U.open = !1, B.value = null, Z.value = !1, a.openComments = null;
        return;
      }
      if (B.value && $.key === "Enter") {
        $.preventDefault(), ne();
        return;
      }
      if (!ot($))
        if ($.key === "Delete" || $.key === "Backspace") {
          const Ie = l.getSelectedEdges.value.filter(($e) => !$e.id.startsWith("seq:")).map(($e) => $e.id);
          (K.value.length || Ie.length) && ($.preventDefault(), s("delete", { ids: K.value, edges: Ie }));
        } else O && q === "d" ? ($.preventDefault(), s("duplicate", { ids: K.value })) : O && q === "z" && !$.shiftKey ? ($.preventDefault(), s("undo")) : O && (q === "y" || q === "z" && $.shiftKey) ? ($.preventDefault(), s("redo")) : !O && q === "r" ? ($.preventDefault(), T()) : !O && q === "f" ? ($.preventDefault(), ce()) : !O && $.key === "/" ? ($.preventDefault(), be()) : O && q === "a" && ($.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    tt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", Ue), i("ready");
    }), jt(() => window.removeEventListener("keydown", Ue));
    const fo = ($) => $.kind === "intent" ? St[($.status || {}).state] || "#4a4a50" : jn[$.kind] || "#333";
    function _n() {
      const $ = X.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      s("snapshot", { name: $ }), X.value = "";
    }
    const ho = ($) => ($ || "?").split(/[\s._-]+/).map((O) => O[0]).join("").slice(0, 2).toUpperCase();
    return ($, O) => (E(), P("div", zy, [
      ae(rv, {
        groups: e.palette,
        onPlace: pe
      }, null, 8, ["groups"]),
      _("div", {
        ref_key: "wrap",
        ref: z,
        class: Ae(["mx-stage", { "file-over": N.value, moving: fe.value }]),
        onPointermove: we,
        onDragover: O[7] || (O[7] = he((q) => N.value = !0, ["prevent"])),
        onDragleave: O[8] || (O[8] = he((q) => N.value = !1, ["self"])),
        onDrop: ee
      }, [
        ae(H(eh), {
          id: cr,
          "node-types": h.value,
          "snap-to-grid": !0,
          "snap-grid": w,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": m,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !H(a).lod,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": y,
          "connection-line-options": x,
          class: "mx-flow"
        }, {
          default: Ve(() => [
            ae(H(lh), {
              "pattern-color": "#2c2c31",
              gap: g.value.gap,
              size: g.value.size
            }, null, 8, ["gap", "size"]),
            ae(H(ji), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Ve(() => [
                _("div", Oy, [
                  O[19] || (O[19] = xe("multiplex")),
                  O[20] || (O[20] = _("span", null, "/", -1)),
                  _("b", By, F(H(a).board), 1)
                ])
              ]),
              _: 1
            }),
            ae(H(ji), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Ve(() => [
                _("div", Ry, [
                  (E(!0), P(ge, null, ze(A.value, (q) => (E(), P("span", {
                    key: q.id,
                    class: "mx-avatar",
                    style: Te({ "--c": q.color }),
                    title: q.id === H(a).me.id ? `${q.name} (you)` : q.name
                  }, F(ho(q.name)), 13, Vy))), 128))
                ]),
                O[23] || (O[23] = _("i", { class: "mx-sep" }, null, -1)),
                _("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: O[0] || (O[0] = (q) => H(s)("undo")),
                  "data-role": "undo"
                }, [
                  ae(Se, {
                    name: "undo",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: O[1] || (O[1] = (q) => H(s)("redo")),
                  "data-role": "redo"
                }, [
                  ae(Se, {
                    name: "redo",
                    size: 15
                  })
                ]),
                O[24] || (O[24] = _("i", { class: "mx-sep" }, null, -1)),
                _("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: be
                }, [
                  ae(Se, {
                    name: "search",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Snapshots",
                  onClick: O[2] || (O[2] = (q) => Z.value = !Z.value),
                  "data-role": "snapshots"
                }, [
                  ae(Se, {
                    name: "history",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Zoom out",
                  onClick: O[3] || (O[3] = (q) => se(-1))
                }, [
                  ae(Se, {
                    name: "minus",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Zoom in",
                  onClick: O[4] || (O[4] = (q) => se(1))
                }, [
                  ae(Se, {
                    name: "plus",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Fit view (F)",
                  onClick: ce,
                  "data-role": "fit"
                }, [
                  ae(Se, {
                    name: "fit",
                    size: 15
                  })
                ]),
                _("button", {
                  class: "mx-render",
                  disabled: !Q.value.length,
                  title: "Render selection (R)",
                  onClick: T,
                  "data-role": "render-selection"
                }, [
                  ae(Se, {
                    name: "play",
                    size: 13
                  }),
                  O[21] || (O[21] = xe("Render")),
                  Q.value.length ? (E(), P("span", Hy, F(Q.value.length), 1)) : te("", !0)
                ], 8, Ly),
                Z.value ? (E(), P("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: O[6] || (O[6] = he(() => {
                  }, ["stop"]))
                }, [
                  O[22] || (O[22] = _("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  _("div", Fy, [
                    qt(_("input", {
                      "onUpdate:modelValue": O[5] || (O[5] = (q) => X.value = q),
                      placeholder: "Name this moment of the board",
                      onKeydown: dt(_n, ["enter"])
                    }, null, 544), [
                      [ln, X.value]
                    ]),
                    _("button", { onClick: _n }, "Save")
                  ]),
                  (E(!0), P(ge, null, ze(H(a).snapshots.slice().reverse(), (q) => (E(), P("div", {
                    key: q.id,
                    class: "mx-snap"
                  }, [
                    _("div", null, [
                      _("b", null, F(q.name), 1),
                      _("span", null, F(q.author) + " · " + F(q.blocks) + " blocks · " + F((q.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    _("button", {
                      onClick: (Ie) => H(s)("restore", { id: q.id })
                    }, "Restore", 8, Yy),
                    _("button", {
                      class: "ghost",
                      onClick: (Ie) => H(s)("drop_snapshot", { id: q.id })
                    }, [
                      ae(Se, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, Xy)
                  ]))), 128)),
                  H(a).snapshots.length ? te("", !0) : (E(), P("div", qy, "No snapshots yet."))
                ], 32)) : te("", !0)
              ]),
              _: 1
            }),
            ae(lv, {
              flow: H(l),
              users: S.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types", "only-render-visible-elements"]),
        ae(sv, {
          flow: H(l),
          blocks: H(C),
          rev: p.value,
          "color-of": fo
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      _("div", Gy, [
        (E(!0), P(ge, null, ze(Y.value, (q) => (E(), P("div", {
          key: q.id,
          class: Ae(["mx-toast", q.kind])
        }, F(q.text), 3))), 128))
      ]),
      B.value ? (E(), P("div", {
        key: 0,
        class: "mx-modal",
        onClick: O[10] || (O[10] = he((q) => B.value = null, ["self"]))
      }, [
        _("div", Uy, [
          _("div", Wy, "Render " + F(B.value.intents.length) + " intent" + F(B.value.intents.length > 1 ? "s" : ""), 1),
          _("div", Ky, F(B.value.titles.join(" · ")), 1),
          _("div", Zy, [
            _("div", null, [
              O[25] || (O[25] = _("span", null, "machines", -1)),
              _("b", null, F(B.value.machines.length ? B.value.machines.join(", ") : "none live"), 1)
            ]),
            _("div", null, [
              O[26] || (O[26] = _("span", null, "gpus", -1)),
              _("b", null, F(B.value.gpus), 1)
            ]),
            _("div", null, [
              O[27] || (O[27] = _("span", null, "jobs", -1)),
              _("b", null, F(B.value.jobs), 1)
            ]),
            _("div", null, [
              O[28] || (O[28] = _("span", null, "estimate", -1)),
              _("b", null, F(B.value.seconds < 90 ? `~${Math.round(B.value.seconds)} s` : `~${Math.round(B.value.seconds / 60)} min`), 1)
            ])
          ]),
          B.value.unrunnable.length ? (E(), P("div", jy, "Nothing live can run " + F(B.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : te("", !0),
          _("div", Jy, [
            _("button", {
              class: "ghost",
              onClick: O[9] || (O[9] = (q) => B.value = null)
            }, "Cancel"),
            _("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: ne
            }, [
              ae(Se, {
                name: "play",
                size: 13
              }),
              xe(F(ie.value), 1)
            ])
          ])
        ])
      ])) : te("", !0),
      U.open ? (E(), P("div", {
        key: 1,
        class: "mx-modal",
        onClick: O[18] || (O[18] = he((q) => U.open = !1, ["self"]))
      }, [
        _("div", {
          class: "mx-search",
          onKeydown: O[17] || (O[17] = he(() => {
          }, ["stop"]))
        }, [
          _("div", Qy, [
            ae(Se, {
              name: "search",
              size: 16
            }),
            qt(_("input", {
              "onUpdate:modelValue": O[11] || (O[11] = (q) => U.q = q),
              placeholder: "Find a block…",
              onKeydown: [
                O[12] || (O[12] = dt(he((q) => U.i = Math.min(U.i + 1, ve.value.length - 1), ["prevent"]), ["down"])),
                O[13] || (O[13] = dt(he((q) => U.i = Math.max(U.i - 1, 0), ["prevent"]), ["up"])),
                O[14] || (O[14] = dt(he((q) => Pe(ve.value[U.i]), ["prevent"]), ["enter"])),
                O[15] || (O[15] = dt((q) => U.open = !1, ["esc"]))
              ],
              onInput: O[16] || (O[16] = (q) => U.i = 0)
            }, null, 544), [
              [ln, U.q]
            ])
          ]),
          (E(!0), P(ge, null, ze(ve.value, (q, Ie) => (E(), P("div", {
            key: q.id,
            class: Ae(["mx-result", { on: Ie === U.i }]),
            onClick: ($e) => Pe(q),
            onMouseenter: ($e) => U.i = Ie
          }, [
            _("i", {
              style: Te({ background: H(jn)[q.kind] })
            }, null, 4),
            _("b", null, F(q.title || q.sub), 1),
            _("span", null, F(q.kind.replace("_", " ")) + " · " + F(q.sub), 1)
          ], 42, e1))), 128))
        ], 32)
      ])) : te("", !0)
    ]));
  }
};
export {
  i1 as MultiplexCanvas
};
