import { getCurrentScope as ya, inject as Ct, effectScope as wa, watch as Ee, provide as Ot, defineComponent as Xe, useSlots as Yr, onUnmounted as Xr, openBlock as M, createElementBlock as A, unref as X, createVNode as de, withCtx as qe, renderSlot as Ze, computed as ee, normalizeStyle as ze, normalizeClass as Re, getCurrentInstance as nn, reactive as vn, onScopeDispose as Fn, ref as ye, nextTick as je, onBeforeMount as qr, onMounted as nt, shallowRef as $t, toRef as Ve, createElementVNode as $, Fragment as $e, renderList as Fe, onBeforeUnmount as Vt, isMemoSame as Gr, createBlock as He, createCommentVNode as re, toDisplayString as G, isRef as Jo, toRefs as Ur, customRef as Wr, createPropsRestProxy as Kr, toValue as Pe, resolveComponent as xa, h as Oe, useAttrs as Zr, mergeProps as ba, resolveDynamicComponent as Qo, createTextVNode as Ce, markRaw as it, readonly as jr, withModifiers as ve, toRaw as cn, watchEffect as Jr, withDirectives as Zt, withKeys as mt, vModelText as mn, Teleport as Qr, vModelCheckbox as es } from "vue";
function pn(e) {
  return ya() ? (Fn(e), !0) : !1;
}
function pt(e) {
  return typeof e == "function" ? e() : X(e);
}
const ts = typeof window < "u" && typeof document < "u", ns = (e) => typeof e < "u", os = Object.prototype.toString, is = (e) => os.call(e) === "[object Object]", as = () => {
};
function rs(e, t) {
  function n(...o) {
    return new Promise((i, a) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(a);
    });
  }
  return n;
}
const ka = (e) => e();
function ss(e = ka) {
  const t = ye(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...a) => {
    t.value && e(...a);
  };
  return { isActive: jr(t), pause: n, resume: o, eventFilter: i };
}
function hi(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function ls(e, t, n = {}) {
  const {
    eventFilter: o = ka,
    ...i
  } = n;
  return Ee(
    e,
    rs(
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
  } = n, { eventFilter: a, pause: r, resume: s, isActive: l } = ss(o);
  return { stop: ls(
    e,
    t,
    {
      ...i,
      eventFilter: a
    }
  ), pause: r, resume: s, isActive: l };
}
function us(e, t = {}) {
  if (!Jo(e))
    return Ur(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Wr(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var a;
        if ((a = pt(t.replaceRef)) != null ? a : !0)
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
  function n(d, { flush: h = "sync", deep: v = !1, timeout: k, throwOnTimeout: p } = {}) {
    let x = null;
    const I = [new Promise((y) => {
      x = Ee(
        e,
        (m) => {
          d(m) !== t && (x == null || x(), y(m));
        },
        {
          flush: h,
          deep: v,
          immediate: !0
        }
      );
    })];
    return k != null && I.push(
      hi(k, p).then(() => pt(e)).finally(() => x == null ? void 0 : x())
    ), Promise.race(I);
  }
  function o(d, h) {
    if (!Jo(d))
      return n((m) => m === d, h);
    const { flush: v = "sync", deep: k = !1, timeout: p, throwOnTimeout: x } = h ?? {};
    let _ = null;
    const y = [new Promise((m) => {
      _ = Ee(
        [e, d],
        ([T, O]) => {
          t !== (T === O) && (_ == null || _(), m(T));
        },
        {
          flush: v,
          deep: k,
          immediate: !0
        }
      );
    })];
    return p != null && y.push(
      hi(p, x).then(() => pt(e)).finally(() => (_ == null || _(), pt(e)))
    ), Promise.race(y);
  }
  function i(d) {
    return n((h) => !!h, d);
  }
  function a(d) {
    return o(null, d);
  }
  function r(d) {
    return o(void 0, d);
  }
  function s(d) {
    return n(Number.isNaN, d);
  }
  function l(d, h) {
    return n((v) => {
      const k = Array.from(v);
      return k.includes(d) || k.includes(pt(d));
    }, h);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, h) {
    let v = -1;
    return n(() => (v += 1, v >= d), h);
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
function cs(e) {
  var t;
  const n = pt(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const _a = ts ? window : void 0;
function Sa(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = _a) : [t, n, o, i] = e, !t)
    return as;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const a = [], r = () => {
    a.forEach((c) => c()), a.length = 0;
  }, s = (c, d, h, v) => (c.addEventListener(d, h, v), () => c.removeEventListener(d, h, v)), l = Ee(
    () => [cs(t), pt(i)],
    ([c, d]) => {
      if (r(), !c)
        return;
      const h = is(d) ? { ...d } : d;
      a.push(
        ...n.flatMap((v) => o.map((k) => s(c, v, k, h)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), r();
  };
  return pn(u), u;
}
function ds(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function vi(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = _a,
    eventName: a = "keydown",
    passive: r = !1,
    dedupe: s = !1
  } = o, l = ds(t);
  return Sa(i, a, (c) => {
    c.repeat && pt(s) || l(c) && n(c);
  }, r);
}
function fs(e) {
  return JSON.parse(JSON.stringify(e));
}
function bo(e, t, n, o = {}) {
  var i, a, r;
  const {
    clone: s = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: h
  } = o, v = nn(), k = n || (v == null ? void 0 : v.emit) || ((i = v == null ? void 0 : v.$emit) == null ? void 0 : i.bind(v)) || ((r = (a = v == null ? void 0 : v.proxy) == null ? void 0 : a.$emit) == null ? void 0 : r.bind(v == null ? void 0 : v.proxy));
  let p = u;
  t || (t = "modelValue"), p = p || `update:${t.toString()}`;
  const x = (y) => s ? typeof s == "function" ? s(y) : fs(y) : y, _ = () => ns(e[t]) ? x(e[t]) : d, I = (y) => {
    h ? h(y) && k(p, y) : k(p, y);
  };
  if (l) {
    const y = _(), m = ye(y);
    let T = !1;
    return Ee(
      () => e[t],
      (O) => {
        T || (T = !0, m.value = x(O), je(() => T = !1));
      }
    ), Ee(
      m,
      (O) => {
        !T && (O !== e[t] || c) && I(O);
      },
      { deep: c }
    ), m;
  } else
    return ee({
      get() {
        return _();
      },
      set(y) {
        I(y);
      }
    });
}
var hs = { value: () => {
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
function vs(e, t) {
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
    var n = this._, o = vs(e + "", n), i, a = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++a < r; )
        if ((i = (e = o[a]).type) && (i = ms(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++a < r; )
      if (i = (e = o[a]).type)
        n[i] = mi(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = mi(n[i], e.name, null);
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
function ms(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function mi(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = hs, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Do = "http://www.w3.org/1999/xhtml";
const pi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Do,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function lo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), pi.hasOwnProperty(t) ? { space: pi[t], local: e } : e;
}
function ps(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Do && t.documentElement.namespaceURI === Do ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function gs(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function $a(e) {
  var t = lo(e);
  return (t.local ? gs : ps)(t);
}
function ys() {
}
function ei(e) {
  return e == null ? ys : function() {
    return this.querySelector(e);
  };
}
function ws(e) {
  typeof e != "function" && (e = ei(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = a[c]) && (u = e.call(l, l.__data__, c, a)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new et(o, this._parents);
}
function xs(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function bs() {
  return [];
}
function Ea(e) {
  return e == null ? bs : function() {
    return this.querySelectorAll(e);
  };
}
function ks(e) {
  return function() {
    return xs(e.apply(this, arguments));
  };
}
function _s(e) {
  typeof e == "function" ? e = ks(e) : e = Ea(e);
  for (var t = this._groups, n = t.length, o = [], i = [], a = 0; a < n; ++a)
    for (var r = t[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new et(o, i);
}
function Na(e) {
  return function() {
    return this.matches(e);
  };
}
function Ma(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Ss = Array.prototype.find;
function $s(e) {
  return function() {
    return Ss.call(this.children, e);
  };
}
function Es() {
  return this.firstElementChild;
}
function Ns(e) {
  return this.select(e == null ? Es : $s(typeof e == "function" ? e : Ma(e)));
}
var Ms = Array.prototype.filter;
function Cs() {
  return Array.from(this.children);
}
function Is(e) {
  return function() {
    return Ms.call(this.children, e);
  };
}
function Ts(e) {
  return this.selectAll(e == null ? Cs : Is(typeof e == "function" ? e : Ma(e)));
}
function Ps(e) {
  typeof e != "function" && (e = Na(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new et(o, this._parents);
}
function Ca(e) {
  return new Array(e.length);
}
function As() {
  return new et(this._enter || this._groups.map(Ca), this._parents);
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
function zs(e) {
  return function() {
    return e;
  };
}
function Ds(e, t, n, o, i, a) {
  for (var r = 0, s, l = t.length, u = a.length; r < u; ++r)
    (s = t[r]) ? (s.__data__ = a[r], o[r] = s) : n[r] = new Kn(e, a[r]);
  for (; r < l; ++r)
    (s = t[r]) && (i[r] = s);
}
function Os(e, t, n, o, i, a, r) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = a.length, h = new Array(c), v;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (h[s] = v = r.call(l, l.__data__, s, t) + "", u.has(v) ? i[s] = l : u.set(v, l));
  for (s = 0; s < d; ++s)
    v = r.call(e, a[s], s, a) + "", (l = u.get(v)) ? (o[s] = l, l.__data__ = a[s], u.delete(v)) : n[s] = new Kn(e, a[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(h[s]) === l && (i[s] = l);
}
function Rs(e) {
  return e.__data__;
}
function Bs(e, t) {
  if (!arguments.length)
    return Array.from(this, Rs);
  var n = t ? Os : Ds, o = this._parents, i = this._groups;
  typeof e != "function" && (e = zs(e));
  for (var a = i.length, r = new Array(a), s = new Array(a), l = new Array(a), u = 0; u < a; ++u) {
    var c = o[u], d = i[u], h = d.length, v = Ls(e.call(c, c && c.__data__, u, o)), k = v.length, p = s[u] = new Array(k), x = r[u] = new Array(k), _ = l[u] = new Array(h);
    n(c, d, p, x, _, v, t);
    for (var I = 0, y = 0, m, T; I < k; ++I)
      if (m = p[I]) {
        for (I >= y && (y = I + 1); !(T = x[y]) && ++y < k; )
          ;
        m._next = T || null;
      }
  }
  return r = new et(r, o), r._enter = s, r._exit = l, r;
}
function Ls(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Vs() {
  return new et(this._exit || this._groups.map(Ca), this._parents);
}
function Hs(e, t, n) {
  var o = this.enter(), i = this, a = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), o && i ? o.merge(i).order() : i;
}
function Fs(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, a = o.length, r = Math.min(i, a), s = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, h = s[l] = new Array(d), v, k = 0; k < d; ++k)
      (v = u[k] || c[k]) && (h[k] = v);
  for (; l < i; ++l)
    s[l] = n[l];
  return new et(s, this._parents);
}
function Ys() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, a = o[i], r; --i >= 0; )
      (r = o[i]) && (a && r.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(r, a), a = r);
  return this;
}
function Xs(e) {
  e || (e = qs);
  function t(d, h) {
    return d && h ? e(d.__data__, h.__data__) : !d - !h;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), a = 0; a < o; ++a) {
    for (var r = n[a], s = r.length, l = i[a] = new Array(s), u, c = 0; c < s; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new et(i, this._parents).order();
}
function qs(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Gs() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Us() {
  return Array.from(this);
}
function Ws() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length; i < a; ++i) {
      var r = o[i];
      if (r)
        return r;
    }
  return null;
}
function Ks() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Zs() {
  return !this.node();
}
function js(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], a = 0, r = i.length, s; a < r; ++a)
      (s = i[a]) && e.call(s, s.__data__, a, i);
  return this;
}
function Js(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Qs(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function el(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function tl(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function nl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function ol(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function il(e, t) {
  var n = lo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Qs : Js : typeof t == "function" ? n.local ? ol : nl : n.local ? tl : el)(n, t));
}
function Ia(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function al(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function rl(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function sl(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function ll(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? al : typeof t == "function" ? sl : rl)(e, t, n ?? "")) : jt(this.node(), e);
}
function jt(e, t) {
  return e.style.getPropertyValue(t) || Ia(e).getComputedStyle(e, null).getPropertyValue(t);
}
function ul(e) {
  return function() {
    delete this[e];
  };
}
function cl(e, t) {
  return function() {
    this[e] = t;
  };
}
function dl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function fl(e, t) {
  return arguments.length > 1 ? this.each((t == null ? ul : typeof t == "function" ? dl : cl)(e, t)) : this.node()[e];
}
function Ta(e) {
  return e.trim().split(/^|\s+/);
}
function ti(e) {
  return e.classList || new Pa(e);
}
function Pa(e) {
  this._node = e, this._names = Ta(e.getAttribute("class") || "");
}
Pa.prototype = {
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
function Aa(e, t) {
  for (var n = ti(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function za(e, t) {
  for (var n = ti(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function hl(e) {
  return function() {
    Aa(this, e);
  };
}
function vl(e) {
  return function() {
    za(this, e);
  };
}
function ml(e, t) {
  return function() {
    (t.apply(this, arguments) ? Aa : za)(this, e);
  };
}
function pl(e, t) {
  var n = Ta(e + "");
  if (arguments.length < 2) {
    for (var o = ti(this.node()), i = -1, a = n.length; ++i < a; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? ml : t ? hl : vl)(n, t));
}
function gl() {
  this.textContent = "";
}
function yl(e) {
  return function() {
    this.textContent = e;
  };
}
function wl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function xl(e) {
  return arguments.length ? this.each(e == null ? gl : (typeof e == "function" ? wl : yl)(e)) : this.node().textContent;
}
function bl() {
  this.innerHTML = "";
}
function kl(e) {
  return function() {
    this.innerHTML = e;
  };
}
function _l(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Sl(e) {
  return arguments.length ? this.each(e == null ? bl : (typeof e == "function" ? _l : kl)(e)) : this.node().innerHTML;
}
function $l() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function El() {
  return this.each($l);
}
function Nl() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Ml() {
  return this.each(Nl);
}
function Cl(e) {
  var t = typeof e == "function" ? e : $a(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Il() {
  return null;
}
function Tl(e, t) {
  var n = typeof e == "function" ? e : $a(e), o = t == null ? Il : typeof t == "function" ? t : ei(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Pl() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Al() {
  return this.each(Pl);
}
function zl() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Dl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Ol(e) {
  return this.select(e ? Dl : zl);
}
function Rl(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Bl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Ll(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Vl(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, a; n < i; ++n)
        a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++o] = a;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Hl(e, t, n) {
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
function Fl(e, t, n) {
  var o = Ll(e + ""), i, a = o.length, r;
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
  for (s = t ? Hl : Vl, i = 0; i < a; ++i)
    this.each(s(o[i], t, n));
  return this;
}
function Da(e, t, n) {
  var o = Ia(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Yl(e, t) {
  return function() {
    return Da(this, e, t);
  };
}
function Xl(e, t) {
  return function() {
    return Da(this, e, t.apply(this, arguments));
  };
}
function ql(e, t) {
  return this.each((typeof t == "function" ? Xl : Yl)(e, t));
}
function* Gl() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length, r; i < a; ++i)
      (r = o[i]) && (yield r);
}
var Oa = [null];
function et(e, t) {
  this._groups = e, this._parents = t;
}
function En() {
  return new et([[document.documentElement]], Oa);
}
function Ul() {
  return this;
}
et.prototype = En.prototype = {
  constructor: et,
  select: ws,
  selectAll: _s,
  selectChild: Ns,
  selectChildren: Ts,
  filter: Ps,
  data: Bs,
  enter: As,
  exit: Vs,
  join: Hs,
  merge: Fs,
  selection: Ul,
  order: Ys,
  sort: Xs,
  call: Gs,
  nodes: Us,
  node: Ws,
  size: Ks,
  empty: Zs,
  each: js,
  attr: il,
  style: ll,
  property: fl,
  classed: pl,
  text: xl,
  html: Sl,
  raise: El,
  lower: Ml,
  append: Cl,
  insert: Tl,
  remove: Al,
  clone: Ol,
  datum: Rl,
  on: Fl,
  dispatch: ql,
  [Symbol.iterator]: Gl
};
function at(e) {
  return typeof e == "string" ? new et([[document.querySelector(e)]], [document.documentElement]) : new et([[e]], Oa);
}
function Wl(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function lt(e, t) {
  if (e = Wl(e), t === void 0 && (t = e.currentTarget), t) {
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
const Kl = { passive: !1 }, gn = { capture: !0, passive: !1 };
function ko(e) {
  e.stopImmediatePropagation();
}
function Gt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ra(e) {
  var t = e.document.documentElement, n = at(e).on("dragstart.drag", Gt, gn);
  "onselectstart" in t ? n.on("selectstart.drag", Gt, gn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ba(e, t) {
  var n = e.document.documentElement, o = at(e).on("dragstart.drag", null);
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
function Zl(e) {
  return !e.ctrlKey && !e.button;
}
function jl() {
  return this.parentNode;
}
function Jl(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Ql() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function eu() {
  var e = Zl, t = jl, n = Jl, o = Ql, i = {}, a = so("start", "drag", "end"), r = 0, s, l, u, c, d = 0;
  function h(m) {
    m.on("mousedown.drag", v).filter(o).on("touchstart.drag", x).on("touchmove.drag", _, Kl).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function v(m, T) {
    if (!(c || !e.call(this, m, T))) {
      var O = y(this, t.call(this, m, T), m, T, "mouse");
      O && (at(m.view).on("mousemove.drag", k, gn).on("mouseup.drag", p, gn), Ra(m.view), ko(m), u = !1, s = m.clientX, l = m.clientY, O("start", m));
    }
  }
  function k(m) {
    if (Gt(m), !u) {
      var T = m.clientX - s, O = m.clientY - l;
      u = T * T + O * O > d;
    }
    i.mouse("drag", m);
  }
  function p(m) {
    at(m.view).on("mousemove.drag mouseup.drag", null), Ba(m.view, u), Gt(m), i.mouse("end", m);
  }
  function x(m, T) {
    if (e.call(this, m, T)) {
      var O = m.changedTouches, L = t.call(this, m, T), B = O.length, ne, J;
      for (ne = 0; ne < B; ++ne)
        (J = y(this, L, m, T, O[ne].identifier, O[ne])) && (ko(m), J("start", m, O[ne]));
    }
  }
  function _(m) {
    var T = m.changedTouches, O = T.length, L, B;
    for (L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (Gt(m), B("drag", m, T[L]));
  }
  function I(m) {
    var T = m.changedTouches, O = T.length, L, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (ko(m), B("end", m, T[L]));
  }
  function y(m, T, O, L, B, ne) {
    var J = a.copy(), Z = lt(ne || O, T), C, se, E;
    if ((E = n.call(m, new Oo("beforestart", {
      sourceEvent: O,
      target: h,
      identifier: B,
      active: r,
      x: Z[0],
      y: Z[1],
      dx: 0,
      dy: 0,
      dispatch: J
    }), L)) != null)
      return C = E.x - Z[0] || 0, se = E.y - Z[1] || 0, function Y(P, W, D) {
        var z = Z, F;
        switch (P) {
          case "start":
            i[B] = Y, F = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            Z = lt(D || W, T), F = r;
            break;
        }
        J.call(
          P,
          m,
          new Oo(P, {
            sourceEvent: W,
            subject: E,
            target: h,
            identifier: B,
            active: F,
            x: Z[0] + C,
            y: Z[1] + se,
            dx: Z[0] - z[0],
            dy: Z[1] - z[1],
            dispatch: J
          }),
          L
        );
      };
  }
  return h.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : In(!!m), h) : e;
  }, h.container = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : In(m), h) : t;
  }, h.subject = function(m) {
    return arguments.length ? (n = typeof m == "function" ? m : In(m), h) : n;
  }, h.touchable = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : In(!!m), h) : o;
  }, h.on = function() {
    var m = a.on.apply(a, arguments);
    return m === a ? h : m;
  }, h.clickDistance = function(m) {
    return arguments.length ? (d = (m = +m) * m, h) : Math.sqrt(d);
  }, h;
}
function ni(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function La(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Nn() {
}
var yn = 0.7, Zn = 1 / yn, Ut = "\\s*([+-]?\\d+)\\s*", wn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", dt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", tu = /^#([0-9a-f]{3,8})$/, nu = new RegExp(`^rgb\\(${Ut},${Ut},${Ut}\\)$`), ou = new RegExp(`^rgb\\(${dt},${dt},${dt}\\)$`), iu = new RegExp(`^rgba\\(${Ut},${Ut},${Ut},${wn}\\)$`), au = new RegExp(`^rgba\\(${dt},${dt},${dt},${wn}\\)$`), ru = new RegExp(`^hsl\\(${wn},${dt},${dt}\\)$`), su = new RegExp(`^hsla\\(${wn},${dt},${dt},${wn}\\)$`), gi = {
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
ni(Nn, Rt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: yi,
  // Deprecated! Use color.formatHex.
  formatHex: yi,
  formatHex8: lu,
  formatHsl: uu,
  formatRgb: wi,
  toString: wi
});
function yi() {
  return this.rgb().formatHex();
}
function lu() {
  return this.rgb().formatHex8();
}
function uu() {
  return Va(this).formatHsl();
}
function wi() {
  return this.rgb().formatRgb();
}
function Rt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = tu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? xi(t) : n === 3 ? new Qe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Tn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Tn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = nu.exec(e)) ? new Qe(t[1], t[2], t[3], 1) : (t = ou.exec(e)) ? new Qe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = iu.exec(e)) ? Tn(t[1], t[2], t[3], t[4]) : (t = au.exec(e)) ? Tn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = ru.exec(e)) ? _i(t[1], t[2] / 100, t[3] / 100, 1) : (t = su.exec(e)) ? _i(t[1], t[2] / 100, t[3] / 100, t[4]) : gi.hasOwnProperty(e) ? xi(gi[e]) : e === "transparent" ? new Qe(NaN, NaN, NaN, 0) : null;
}
function xi(e) {
  return new Qe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Tn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Qe(e, t, n, o);
}
function cu(e) {
  return e instanceof Nn || (e = Rt(e)), e ? (e = e.rgb(), new Qe(e.r, e.g, e.b, e.opacity)) : new Qe();
}
function Ro(e, t, n, o) {
  return arguments.length === 1 ? cu(e) : new Qe(e, t, n, o ?? 1);
}
function Qe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
ni(Qe, Ro, La(Nn, {
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
  hex: bi,
  // Deprecated! Use color.formatHex.
  formatHex: bi,
  formatHex8: du,
  formatRgb: ki,
  toString: ki
}));
function bi() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}`;
}
function du() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}${Pt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function ki() {
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
function _i(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new rt(e, t, n, o);
}
function Va(e) {
  if (e instanceof rt)
    return new rt(e.h, e.s, e.l, e.opacity);
  if (e instanceof Nn || (e = Rt(e)), !e)
    return new rt();
  if (e instanceof rt)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), a = Math.max(t, n, o), r = NaN, s = a - i, l = (a + i) / 2;
  return s ? (t === a ? r = (n - o) / s + (n < o) * 6 : n === a ? r = (o - t) / s + 2 : r = (t - n) / s + 4, s /= l < 0.5 ? a + i : 2 - a - i, r *= 60) : s = l > 0 && l < 1 ? 0 : r, new rt(r, s, l, e.opacity);
}
function fu(e, t, n, o) {
  return arguments.length === 1 ? Va(e) : new rt(e, t, n, o ?? 1);
}
function rt(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
ni(rt, fu, La(Nn, {
  brighter(e) {
    return e = e == null ? Zn : Math.pow(Zn, e), new rt(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? yn : Math.pow(yn, e), new rt(this.h, this.s, this.l * e, this.opacity);
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
    return new rt(Si(this.h), Pn(this.s), Pn(this.l), jn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = jn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Si(this.h)}, ${Pn(this.s) * 100}%, ${Pn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Si(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Pn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function _o(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const oi = (e) => () => e;
function hu(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function vu(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function mu(e) {
  return (e = +e) == 1 ? Ha : function(t, n) {
    return n - t ? vu(t, n, e) : oi(isNaN(t) ? n : t);
  };
}
function Ha(e, t) {
  var n = t - e;
  return n ? hu(e, n) : oi(isNaN(e) ? t : e);
}
const Jn = function e(t) {
  var n = mu(t);
  function o(i, a) {
    var r = n((i = Ro(i)).r, (a = Ro(a)).r), s = n(i.g, a.g), l = n(i.b, a.b), u = Ha(i.opacity, a.opacity);
    return function(c) {
      return i.r = r(c), i.g = s(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function pu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(a) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - a) + t[i] * a;
    return o;
  };
}
function gu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function yu(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), a = new Array(n), r;
  for (r = 0; r < o; ++r)
    i[r] = dn(e[r], t[r]);
  for (; r < n; ++r)
    a[r] = t[r];
  return function(s) {
    for (r = 0; r < o; ++r)
      a[r] = i[r](s);
    return a;
  };
}
function wu(e, t) {
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
function xu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = dn(e[i], t[i]) : o[i] = t[i];
  return function(a) {
    for (i in n)
      o[i] = n[i](a);
    return o;
  };
}
var Bo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, So = new RegExp(Bo.source, "g");
function bu(e) {
  return function() {
    return e;
  };
}
function ku(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Fa(e, t) {
  var n = Bo.lastIndex = So.lastIndex = 0, o, i, a, r = -1, s = [], l = [];
  for (e = e + "", t = t + ""; (o = Bo.exec(e)) && (i = So.exec(t)); )
    (a = i.index) > n && (a = t.slice(n, a), s[r] ? s[r] += a : s[++r] = a), (o = o[0]) === (i = i[0]) ? s[r] ? s[r] += i : s[++r] = i : (s[++r] = null, l.push({ i: r, x: ut(o, i) })), n = So.lastIndex;
  return n < t.length && (a = t.slice(n), s[r] ? s[r] += a : s[++r] = a), s.length < 2 ? l[0] ? ku(l[0].x) : bu(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      s[(d = l[c]).i] = d.x(u);
    return s.join("");
  });
}
function dn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? oi(t) : (n === "number" ? ut : n === "string" ? (o = Rt(t)) ? (t = o, Jn) : Fa : t instanceof Rt ? Jn : t instanceof Date ? wu : gu(t) ? pu : Array.isArray(t) ? yu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? xu : ut)(e, t);
}
var $i = 180 / Math.PI, Lo = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Ya(e, t, n, o, i, a) {
  var r, s, l;
  return (r = Math.sqrt(e * e + t * t)) && (e /= r, t /= r), (l = e * n + t * o) && (n -= e * l, o -= t * l), (s = Math.sqrt(n * n + o * o)) && (n /= s, o /= s, l /= s), e * o < t * n && (e = -e, t = -t, l = -l, r = -r), {
    translateX: i,
    translateY: a,
    rotate: Math.atan2(t, e) * $i,
    skewX: Math.atan(l) * $i,
    scaleX: r,
    scaleY: s
  };
}
var An;
function _u(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Lo : Ya(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Su(e) {
  return e == null || (An || (An = document.createElementNS("http://www.w3.org/2000/svg", "g")), An.setAttribute("transform", e), !(e = An.transform.baseVal.consolidate())) ? Lo : (e = e.matrix, Ya(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Xa(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function a(u, c, d, h, v, k) {
    if (u !== d || c !== h) {
      var p = v.push("translate(", null, t, null, n);
      k.push({ i: p - 4, x: ut(u, d) }, { i: p - 2, x: ut(c, h) });
    } else (d || h) && v.push("translate(" + d + t + h + n);
  }
  function r(u, c, d, h) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), h.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: ut(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function s(u, c, d, h) {
    u !== c ? h.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: ut(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, h, v, k) {
    if (u !== d || c !== h) {
      var p = v.push(i(v) + "scale(", null, ",", null, ")");
      k.push({ i: p - 4, x: ut(u, d) }, { i: p - 2, x: ut(c, h) });
    } else (d !== 1 || h !== 1) && v.push(i(v) + "scale(" + d + "," + h + ")");
  }
  return function(u, c) {
    var d = [], h = [];
    return u = e(u), c = e(c), a(u.translateX, u.translateY, c.translateX, c.translateY, d, h), r(u.rotate, c.rotate, d, h), s(u.skewX, c.skewX, d, h), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, h), u = c = null, function(v) {
      for (var k = -1, p = h.length, x; ++k < p; )
        d[(x = h[k]).i] = x.x(v);
      return d.join("");
    };
  };
}
var $u = Xa(_u, "px, ", "px)", "deg)"), Eu = Xa(Su, ", ", ")", ")"), Nu = 1e-12;
function Ei(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Mu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Cu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Xn = function e(t, n, o) {
  function i(a, r) {
    var s = a[0], l = a[1], u = a[2], c = r[0], d = r[1], h = r[2], v = c - s, k = d - l, p = v * v + k * k, x, _;
    if (p < Nu)
      _ = Math.log(h / u) / t, x = function(L) {
        return [
          s + L * v,
          l + L * k,
          u * Math.exp(t * L * _)
        ];
      };
    else {
      var I = Math.sqrt(p), y = (h * h - u * u + o * p) / (2 * u * n * I), m = (h * h - u * u - o * p) / (2 * h * n * I), T = Math.log(Math.sqrt(y * y + 1) - y), O = Math.log(Math.sqrt(m * m + 1) - m);
      _ = (O - T) / t, x = function(L) {
        var B = L * _, ne = Ei(T), J = u / (n * I) * (ne * Cu(t * B + T) - Mu(T));
        return [
          s + J * v,
          l + J * k,
          u * ne / Ei(t * B + T)
        ];
      };
    }
    return x.duration = _ * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(a) {
    var r = Math.max(1e-3, +a), s = r * r, l = s * s;
    return e(r, s, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Jt = 0, sn = 0, an = 0, qa = 1e3, Qn, ln, eo = 0, Bt = 0, uo = 0, xn = typeof performance == "object" && performance.now ? performance : Date, Ga = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ii() {
  return Bt || (Ga(Iu), Bt = xn.now() + uo);
}
function Iu() {
  Bt = 0;
}
function to() {
  this._call = this._time = this._next = null;
}
to.prototype = Ua.prototype = {
  constructor: to,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ii() : +n) + (t == null ? 0 : +t), !this._next && ln !== this && (ln ? ln._next = this : Qn = this, ln = this), this._call = e, this._time = n, Vo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Vo());
  }
};
function Ua(e, t, n) {
  var o = new to();
  return o.restart(e, t, n), o;
}
function Tu() {
  ii(), ++Jt;
  for (var e = Qn, t; e; )
    (t = Bt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Jt;
}
function Ni() {
  Bt = (eo = xn.now()) + uo, Jt = sn = 0;
  try {
    Tu();
  } finally {
    Jt = 0, Au(), Bt = 0;
  }
}
function Pu() {
  var e = xn.now(), t = e - eo;
  t > qa && (uo -= t, eo = e);
}
function Au() {
  for (var e, t = Qn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Qn = n);
  ln = e, Vo(o);
}
function Vo(e) {
  if (!Jt) {
    sn && (sn = clearTimeout(sn));
    var t = e - Bt;
    t > 24 ? (e < 1 / 0 && (sn = setTimeout(Ni, e - xn.now() - uo)), an && (an = clearInterval(an))) : (an || (eo = xn.now(), an = setInterval(Pu, qa)), Jt = 1, Ga(Ni));
  }
}
function Mi(e, t, n) {
  var o = new to();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var zu = so("start", "end", "cancel", "interrupt"), Du = [], Wa = 0, Ci = 1, Ho = 2, qn = 3, Ii = 4, Fo = 5, Gn = 6;
function co(e, t, n, o, i, a) {
  var r = e.__transition;
  if (!r)
    e.__transition = {};
  else if (n in r)
    return;
  Ou(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: zu,
    tween: Du,
    time: a.time,
    delay: a.delay,
    duration: a.duration,
    ease: a.ease,
    timer: null,
    state: Wa
  });
}
function ai(e, t) {
  var n = st(e, t);
  if (n.state > Wa)
    throw new Error("too late; already scheduled");
  return n;
}
function ft(e, t) {
  var n = st(e, t);
  if (n.state > qn)
    throw new Error("too late; already running");
  return n;
}
function st(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Ou(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ua(a, 0, n.time);
  function a(u) {
    n.state = Ci, n.timer.restart(r, n.delay, n.time), n.delay <= u && r(u - n.delay);
  }
  function r(u) {
    var c, d, h, v;
    if (n.state !== Ci)
      return l();
    for (c in o)
      if (v = o[c], v.name === n.name) {
        if (v.state === qn)
          return Mi(r);
        v.state === Ii ? (v.state = Gn, v.timer.stop(), v.on.call("interrupt", e, e.__data__, v.index, v.group), delete o[c]) : +c < t && (v.state = Gn, v.timer.stop(), v.on.call("cancel", e, e.__data__, v.index, v.group), delete o[c]);
      }
    if (Mi(function() {
      n.state === qn && (n.state = Ii, n.timer.restart(s, n.delay, n.time), s(u));
    }), n.state = Ho, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ho) {
      for (n.state = qn, i = new Array(h = n.tween.length), c = 0, d = -1; c < h; ++c)
        (v = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = v);
      i.length = d + 1;
    }
  }
  function s(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Fo, 1), d = -1, h = i.length; ++d < h; )
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
function Ru(e) {
  return this.each(function() {
    Un(this, e);
  });
}
function Bu(e, t) {
  var n, o;
  return function() {
    var i = ft(this, e), a = i.tween;
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
function Lu(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var a = ft(this, e), r = a.tween;
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
function Vu(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = st(this.node(), n).tween, i = 0, a = o.length, r; i < a; ++i)
      if ((r = o[i]).name === e)
        return r.value;
    return null;
  }
  return this.each((t == null ? Bu : Lu)(n, e, t));
}
function ri(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ft(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return st(i, o).value[t];
  };
}
function Ka(e, t) {
  var n;
  return (typeof t == "number" ? ut : t instanceof Rt ? Jn : (n = Rt(t)) ? (t = n, Jn) : Fa)(e, t);
}
function Hu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Fu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Yu(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = this.getAttribute(e);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function Xu(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = this.getAttributeNS(e.space, e.local);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function qu(e, t, n) {
  var o, i, a;
  return function() {
    var r, s = n(this), l;
    return s == null ? void this.removeAttribute(e) : (r = this.getAttribute(e), l = s + "", r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s)));
  };
}
function Gu(e, t, n) {
  var o, i, a;
  return function() {
    var r, s = n(this), l;
    return s == null ? void this.removeAttributeNS(e.space, e.local) : (r = this.getAttributeNS(e.space, e.local), l = s + "", r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s)));
  };
}
function Uu(e, t) {
  var n = lo(e), o = n === "transform" ? Eu : Ka;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Gu : qu)(n, o, ri(this, "attr." + e, t)) : t == null ? (n.local ? Fu : Hu)(n) : (n.local ? Xu : Yu)(n, o, t));
}
function Wu(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Ku(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Zu(e, t) {
  var n, o;
  function i() {
    var a = t.apply(this, arguments);
    return a !== o && (n = (o = a) && Ku(e, a)), n;
  }
  return i._value = t, i;
}
function ju(e, t) {
  var n, o;
  function i() {
    var a = t.apply(this, arguments);
    return a !== o && (n = (o = a) && Wu(e, a)), n;
  }
  return i._value = t, i;
}
function Ju(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = lo(e);
  return this.tween(n, (o.local ? Zu : ju)(o, t));
}
function Qu(e, t) {
  return function() {
    ai(this, e).delay = +t.apply(this, arguments);
  };
}
function ec(e, t) {
  return t = +t, function() {
    ai(this, e).delay = t;
  };
}
function tc(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Qu : ec)(t, e)) : st(this.node(), t).delay;
}
function nc(e, t) {
  return function() {
    ft(this, e).duration = +t.apply(this, arguments);
  };
}
function oc(e, t) {
  return t = +t, function() {
    ft(this, e).duration = t;
  };
}
function ic(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? nc : oc)(t, e)) : st(this.node(), t).duration;
}
function ac(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ft(this, e).ease = t;
  };
}
function rc(e) {
  var t = this._id;
  return arguments.length ? this.each(ac(t, e)) : st(this.node(), t).ease;
}
function sc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ft(this, e).ease = n;
  };
}
function lc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(sc(this._id, e));
}
function uc(e) {
  typeof e != "function" && (e = Na(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new wt(o, this._parents, this._name, this._id);
}
function cc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, a = Math.min(o, i), r = new Array(o), s = 0; s < a; ++s)
    for (var l = t[s], u = n[s], c = l.length, d = r[s] = new Array(c), h, v = 0; v < c; ++v)
      (h = l[v] || u[v]) && (d[v] = h);
  for (; s < o; ++s)
    r[s] = t[s];
  return new wt(r, this._parents, this._name, this._id);
}
function dc(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function fc(e, t, n) {
  var o, i, a = dc(t) ? ai : ft;
  return function() {
    var r = a(this, e), s = r.on;
    s !== o && (i = (o = s).copy()).on(t, n), r.on = i;
  };
}
function hc(e, t) {
  var n = this._id;
  return arguments.length < 2 ? st(this.node(), n).on.on(e) : this.each(fc(n, e, t));
}
function vc(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function mc() {
  return this.on("end.remove", vc(this._id));
}
function pc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ei(e));
  for (var o = this._groups, i = o.length, a = new Array(i), r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, u = a[r] = new Array(l), c, d, h = 0; h < l; ++h)
      (c = s[h]) && (d = e.call(c, c.__data__, h, s)) && ("__data__" in c && (d.__data__ = c.__data__), u[h] = d, co(u[h], t, n, h, u, st(c, n)));
  return new wt(a, this._parents, t, n);
}
function gc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ea(e));
  for (var o = this._groups, i = o.length, a = [], r = [], s = 0; s < i; ++s)
    for (var l = o[s], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var h = e.call(c, c.__data__, d, l), v, k = st(c, n), p = 0, x = h.length; p < x; ++p)
          (v = h[p]) && co(v, t, n, p, h, k);
        a.push(h), r.push(c);
      }
  return new wt(a, r, t, n);
}
var yc = En.prototype.constructor;
function wc() {
  return new yc(this._groups, this._parents);
}
function xc(e, t) {
  var n, o, i;
  return function() {
    var a = jt(this, e), r = (this.style.removeProperty(e), jt(this, e));
    return a === r ? null : a === n && r === o ? i : i = t(n = a, o = r);
  };
}
function Za(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function bc(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = jt(this, e);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function kc(e, t, n) {
  var o, i, a;
  return function() {
    var r = jt(this, e), s = n(this), l = s + "";
    return s == null && (l = s = (this.style.removeProperty(e), jt(this, e))), r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s));
  };
}
function _c(e, t) {
  var n, o, i, a = "style." + t, r = "end." + a, s;
  return function() {
    var l = ft(this, e), u = l.on, c = l.value[a] == null ? s || (s = Za(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(r, i = c), l.on = o;
  };
}
function Sc(e, t, n) {
  var o = (e += "") == "transform" ? $u : Ka;
  return t == null ? this.styleTween(e, xc(e, o)).on("end.style." + e, Za(e)) : typeof t == "function" ? this.styleTween(e, kc(e, o, ri(this, "style." + e, t))).each(_c(this._id, e)) : this.styleTween(e, bc(e, o, t), n).on("end.style." + e, null);
}
function $c(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Ec(e, t, n) {
  var o, i;
  function a() {
    var r = t.apply(this, arguments);
    return r !== i && (o = (i = r) && $c(e, r, n)), o;
  }
  return a._value = t, a;
}
function Nc(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, Ec(e, t, n ?? ""));
}
function Mc(e) {
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
function Ic(e) {
  return this.tween("text", typeof e == "function" ? Cc(ri(this, "text", e)) : Mc(e == null ? "" : e + ""));
}
function Tc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Pc(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Tc(i)), t;
  }
  return o._value = e, o;
}
function Ac(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, Pc(e));
}
function zc() {
  for (var e = this._name, t = this._id, n = ja(), o = this._groups, i = o.length, a = 0; a < i; ++a)
    for (var r = o[a], s = r.length, l, u = 0; u < s; ++u)
      if (l = r[u]) {
        var c = st(l, t);
        co(l, e, n, u, r, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function Dc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(a, r) {
    var s = { value: r }, l = { value: function() {
      --i === 0 && a();
    } };
    n.each(function() {
      var u = ft(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(l)), u.on = t;
    }), i === 0 && a();
  });
}
var Oc = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function ja() {
  return ++Oc;
}
var vt = En.prototype;
wt.prototype = {
  constructor: wt,
  select: pc,
  selectAll: gc,
  selectChild: vt.selectChild,
  selectChildren: vt.selectChildren,
  filter: uc,
  merge: cc,
  selection: wc,
  transition: zc,
  call: vt.call,
  nodes: vt.nodes,
  node: vt.node,
  size: vt.size,
  empty: vt.empty,
  each: vt.each,
  on: hc,
  attr: Uu,
  attrTween: Ju,
  style: Sc,
  styleTween: Nc,
  text: Ic,
  textTween: Ac,
  remove: mc,
  tween: Vu,
  delay: tc,
  duration: ic,
  ease: rc,
  easeVarying: lc,
  end: Dc,
  [Symbol.iterator]: vt[Symbol.iterator]
};
function Rc(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Bc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Rc
};
function Lc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Vc(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = ja(), (n = Bc).time = ii(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, a = 0; a < i; ++a)
    for (var r = o[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && co(l, e, t, u, r, n || Lc(l, t));
  return new wt(o, this._parents, e, t);
}
En.prototype.interrupt = Ru;
En.prototype.transition = Vc;
const zn = (e) => () => e;
function Hc(e, {
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
function rn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Fc(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Yc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ti() {
  return this.__zoom || Qt;
}
function Xc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function qc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Gc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], a = e.invertY(t[0][1]) - n[0][1], r = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    r > a ? (a + r) / 2 : Math.min(0, a) || Math.max(0, r)
  );
}
function Uc() {
  var e = Fc, t = Yc, n = Gc, o = Xc, i = qc, a = [0, 1 / 0], r = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], s = 250, l = Xn, u = so("start", "zoom", "end"), c, d, h, v = 500, k = 150, p = 0, x = 10;
  function _(E) {
    E.property("__zoom", Ti).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", ne).on("dblclick.zoom", J).filter(i).on("touchstart.zoom", Z).on("touchmove.zoom", C).on("touchend.zoom touchcancel.zoom", se).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  _.transform = function(E, Y, P, W) {
    var D = E.selection ? E.selection() : E;
    D.property("__zoom", Ti), E !== D ? T(E, Y, P, W) : D.interrupt().each(function() {
      O(this, arguments).event(W).start().zoom(null, typeof Y == "function" ? Y.apply(this, arguments) : Y).end();
    });
  }, _.scaleBy = function(E, Y, P, W) {
    _.scaleTo(E, function() {
      var D = this.__zoom.k, z = typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return D * z;
    }, P, W);
  }, _.scaleTo = function(E, Y, P, W) {
    _.transform(E, function() {
      var D = t.apply(this, arguments), z = this.__zoom, F = P == null ? m(D) : typeof P == "function" ? P.apply(this, arguments) : P, te = z.invert(F), le = typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return n(y(I(z, le), F, te), D, r);
    }, P, W);
  }, _.translateBy = function(E, Y, P, W) {
    _.transform(E, function() {
      return n(this.__zoom.translate(
        typeof Y == "function" ? Y.apply(this, arguments) : Y,
        typeof P == "function" ? P.apply(this, arguments) : P
      ), t.apply(this, arguments), r);
    }, null, W);
  }, _.translateTo = function(E, Y, P, W, D) {
    _.transform(E, function() {
      var z = t.apply(this, arguments), F = this.__zoom, te = W == null ? m(z) : typeof W == "function" ? W.apply(this, arguments) : W;
      return n(Qt.translate(te[0], te[1]).scale(F.k).translate(
        typeof Y == "function" ? -Y.apply(this, arguments) : -Y,
        typeof P == "function" ? -P.apply(this, arguments) : -P
      ), z, r);
    }, W, D);
  };
  function I(E, Y) {
    return Y = Math.max(a[0], Math.min(a[1], Y)), Y === E.k ? E : new gt(Y, E.x, E.y);
  }
  function y(E, Y, P) {
    var W = Y[0] - P[0] * E.k, D = Y[1] - P[1] * E.k;
    return W === E.x && D === E.y ? E : new gt(E.k, W, D);
  }
  function m(E) {
    return [(+E[0][0] + +E[1][0]) / 2, (+E[0][1] + +E[1][1]) / 2];
  }
  function T(E, Y, P, W) {
    E.on("start.zoom", function() {
      O(this, arguments).event(W).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(W).end();
    }).tween("zoom", function() {
      var D = this, z = arguments, F = O(D, z).event(W), te = t.apply(D, z), le = P == null ? m(te) : typeof P == "function" ? P.apply(D, z) : P, he = Math.max(te[1][0] - te[0][0], te[1][1] - te[0][1]), me = D.__zoom, ae = typeof Y == "function" ? Y.apply(D, z) : Y, Q = l(me.invert(le).concat(he / me.k), ae.invert(le).concat(he / ae.k));
      return function(ie) {
        if (ie === 1)
          ie = ae;
        else {
          var Me = Q(ie), Te = he / Me[2];
          ie = new gt(Te, le[0] - Me[0] * Te, le[1] - Me[1] * Te);
        }
        F.zoom(null, ie);
      };
    });
  }
  function O(E, Y, P) {
    return !P && E.__zooming || new L(E, Y);
  }
  function L(E, Y) {
    this.that = E, this.args = Y, this.active = 0, this.sourceEvent = null, this.extent = t.apply(E, Y), this.taps = 0;
  }
  L.prototype = {
    event: function(E) {
      return E && (this.sourceEvent = E), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(E, Y) {
      return this.mouse && E !== "mouse" && (this.mouse[1] = Y.invert(this.mouse[0])), this.touch0 && E !== "touch" && (this.touch0[1] = Y.invert(this.touch0[0])), this.touch1 && E !== "touch" && (this.touch1[1] = Y.invert(this.touch1[0])), this.that.__zoom = Y, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(E) {
      var Y = at(this.that).datum();
      u.call(
        E,
        this.that,
        new Hc(E, {
          sourceEvent: this.sourceEvent,
          target: _,
          transform: this.that.__zoom,
          dispatch: u
        }),
        Y
      );
    }
  };
  function B(E, ...Y) {
    if (!e.apply(this, arguments))
      return;
    var P = O(this, Y).event(E), W = this.__zoom, D = Math.max(a[0], Math.min(a[1], W.k * Math.pow(2, o.apply(this, arguments)))), z = lt(E);
    if (P.wheel)
      (P.mouse[0][0] !== z[0] || P.mouse[0][1] !== z[1]) && (P.mouse[1] = W.invert(P.mouse[0] = z)), clearTimeout(P.wheel);
    else {
      if (W.k === D)
        return;
      P.mouse = [z, W.invert(z)], Un(this), P.start();
    }
    rn(E), P.wheel = setTimeout(F, k), P.zoom("mouse", n(y(I(W, D), P.mouse[0], P.mouse[1]), P.extent, r));
    function F() {
      P.wheel = null, P.end();
    }
  }
  function ne(E, ...Y) {
    if (h || !e.apply(this, arguments))
      return;
    var P = E.currentTarget, W = O(this, Y, !0).event(E), D = at(E.view).on("mousemove.zoom", le, !0).on("mouseup.zoom", he, !0), z = lt(E, P), F = E.clientX, te = E.clientY;
    Ra(E.view), $o(E), W.mouse = [z, this.__zoom.invert(z)], Un(this), W.start();
    function le(me) {
      if (rn(me), !W.moved) {
        var ae = me.clientX - F, Q = me.clientY - te;
        W.moved = ae * ae + Q * Q > p;
      }
      W.event(me).zoom("mouse", n(y(W.that.__zoom, W.mouse[0] = lt(me, P), W.mouse[1]), W.extent, r));
    }
    function he(me) {
      D.on("mousemove.zoom mouseup.zoom", null), Ba(me.view, W.moved), rn(me), W.event(me).end();
    }
  }
  function J(E, ...Y) {
    if (e.apply(this, arguments)) {
      var P = this.__zoom, W = lt(E.changedTouches ? E.changedTouches[0] : E, this), D = P.invert(W), z = P.k * (E.shiftKey ? 0.5 : 2), F = n(y(I(P, z), W, D), t.apply(this, Y), r);
      rn(E), s > 0 ? at(this).transition().duration(s).call(T, F, W, E) : at(this).call(_.transform, F, W, E);
    }
  }
  function Z(E, ...Y) {
    if (e.apply(this, arguments)) {
      var P = E.touches, W = P.length, D = O(this, Y, E.changedTouches.length === W).event(E), z, F, te, le;
      for ($o(E), F = 0; F < W; ++F)
        te = P[F], le = lt(te, this), le = [le, this.__zoom.invert(le), te.identifier], D.touch0 ? !D.touch1 && D.touch0[2] !== le[2] && (D.touch1 = le, D.taps = 0) : (D.touch0 = le, z = !0, D.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (D.taps < 2 && (d = le[0], c = setTimeout(function() {
        c = null;
      }, v)), Un(this), D.start());
    }
  }
  function C(E, ...Y) {
    if (this.__zooming) {
      var P = O(this, Y).event(E), W = E.changedTouches, D = W.length, z, F, te, le;
      for (rn(E), z = 0; z < D; ++z)
        F = W[z], te = lt(F, this), P.touch0 && P.touch0[2] === F.identifier ? P.touch0[0] = te : P.touch1 && P.touch1[2] === F.identifier && (P.touch1[0] = te);
      if (F = P.that.__zoom, P.touch1) {
        var he = P.touch0[0], me = P.touch0[1], ae = P.touch1[0], Q = P.touch1[1], ie = (ie = ae[0] - he[0]) * ie + (ie = ae[1] - he[1]) * ie, Me = (Me = Q[0] - me[0]) * Me + (Me = Q[1] - me[1]) * Me;
        F = I(F, Math.sqrt(ie / Me)), te = [(he[0] + ae[0]) / 2, (he[1] + ae[1]) / 2], le = [(me[0] + Q[0]) / 2, (me[1] + Q[1]) / 2];
      } else if (P.touch0)
        te = P.touch0[0], le = P.touch0[1];
      else
        return;
      P.zoom("touch", n(y(F, te, le), P.extent, r));
    }
  }
  function se(E, ...Y) {
    if (this.__zooming) {
      var P = O(this, Y).event(E), W = E.changedTouches, D = W.length, z, F;
      for ($o(E), h && clearTimeout(h), h = setTimeout(function() {
        h = null;
      }, v), z = 0; z < D; ++z)
        F = W[z], P.touch0 && P.touch0[2] === F.identifier ? delete P.touch0 : P.touch1 && P.touch1[2] === F.identifier && delete P.touch1;
      if (P.touch1 && !P.touch0 && (P.touch0 = P.touch1, delete P.touch1), P.touch0)
        P.touch0[1] = this.__zoom.invert(P.touch0[0]);
      else if (P.end(), P.taps === 2 && (F = lt(F, this), Math.hypot(d[0] - F[0], d[1] - F[1]) < x)) {
        var te = at(this).on("dblclick.zoom");
        te && te.apply(this, arguments);
      }
    }
  }
  return _.wheelDelta = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : zn(+E), _) : o;
  }, _.filter = function(E) {
    return arguments.length ? (e = typeof E == "function" ? E : zn(!!E), _) : e;
  }, _.touchable = function(E) {
    return arguments.length ? (i = typeof E == "function" ? E : zn(!!E), _) : i;
  }, _.extent = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : zn([[+E[0][0], +E[0][1]], [+E[1][0], +E[1][1]]]), _) : t;
  }, _.scaleExtent = function(E) {
    return arguments.length ? (a[0] = +E[0], a[1] = +E[1], _) : [a[0], a[1]];
  }, _.translateExtent = function(E) {
    return arguments.length ? (r[0][0] = +E[0][0], r[1][0] = +E[1][0], r[0][1] = +E[0][1], r[1][1] = +E[1][1], _) : [[r[0][0], r[0][1]], [r[1][0], r[1][1]]];
  }, _.constrain = function(E) {
    return arguments.length ? (n = E, _) : n;
  }, _.duration = function(E) {
    return arguments.length ? (s = +E, _) : s;
  }, _.interpolate = function(E) {
    return arguments.length ? (l = E, _) : l;
  }, _.on = function() {
    var E = u.on.apply(u, arguments);
    return E === u ? _ : E;
  }, _.clickDistance = function(E) {
    return arguments.length ? (p = (E = +E) * E, _) : Math.sqrt(p);
  }, _.tapDistance = function(E) {
    return arguments.length ? (x = +E, _) : x;
  }, _;
}
var fe = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(fe || {}), si = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(si || {}), It = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(It || {}), Nt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Nt || {}), Yo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Yo || {}), fn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(fn || {});
const Wc = ["INPUT", "SELECT", "TEXTAREA"], Kc = typeof document < "u" ? document : null;
function Xo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, a = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Wc.includes(o == null ? void 0 : o.nodeName) || i || !!a;
}
function Zc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Pi(e, t, n, o) {
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
function jc(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Jc(n.code, e);
    return Array.isArray(e) ? e.some((i) => Pi(n[o], i, t, n.type === "keyup")) : Pi(n[o], e, t, n.type === "keyup");
  };
}
function Jc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function hn(e, t) {
  const n = ee(() => Pe(t == null ? void 0 : t.target) ?? Kc), o = $t(Pe(e) === !0);
  let i = !1;
  const a = /* @__PURE__ */ new Set();
  let r = l(Pe(e));
  Ee(
    () => Pe(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && s(), r = l(u);
    },
    {
      immediate: !0
    }
  ), Sa(["blur", "contextmenu"], s), vi(
    (...u) => r(...u),
    (u) => {
      var c, d;
      const h = Pe(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, v = Pe(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Zc(u), (!i || i && !h) && Xo(u))
        return;
      const p = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = (p == null ? void 0 : p.nodeName) === "BUTTON" || (p == null ? void 0 : p.nodeName) === "A";
      !v && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), vi(
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
    return u === null ? (s(), () => !1) : typeof u == "boolean" ? (s(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? jc(u, a) : u;
  }
  return o;
}
const Ja = "vue-flow__node-desc", Qa = "vue-flow__edge-desc", Qc = "vue-flow__aria-live", er = ["Enter", " ", "Escape"], Wt = {
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
function tr(e, t) {
  return {
    x: xt(e.x, t[0][0], t[1][0]),
    y: xt(e.y, t[0][1], t[1][1])
  };
}
function Ai(e) {
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
function ed(e) {
  return Dn(e.width) && Dn(e.height) && Dn(e.x) && Dn(e.y);
}
function td(e, t, n) {
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
function nr(e, t, n) {
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
    data: Ue(e.data) ? e.data : {},
    events: it(Ue(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? a, e, { id: e.id.toString() });
}
function or(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, a = /* @__PURE__ */ new Set(), r = o === "source" ? "target" : "source";
  for (const s of n)
    s[r] === i && a.add(s[o]);
  return t.filter((s) => a.has(s.id));
}
function nd(...e) {
  if (e.length === 3) {
    const [a, r, s] = e;
    return or(a, r, s, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((a) => Mt(a) && a.source === o).map((a) => n.find((r) => Dt(r) && r.id === a.target));
}
function od(...e) {
  if (e.length === 3) {
    const [a, r, s] = e;
    return or(a, r, s, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((a) => Mt(a) && a.target === o).map((a) => n.find((r) => Dt(r) && r.id === a.source));
}
function ir({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function id(e, t) {
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
function kn({ x: e, y: t }, { x: n, y: o, zoom: i }, a = !1, r = [1, 1]) {
  const s = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return a ? ho(s, r) : s;
}
function ad(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function ar({ x: e, y: t, width: n, height: o }) {
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
function rr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = ad(
      t,
      ar({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return rd(t);
}
function sr(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const a = {
    ...kn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, r = [];
  for (const s of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = s, d = l.width ?? s.width ?? null, h = l.height ?? s.height ?? null;
    if (i && !u || c)
      continue;
    const v = oo(a, no(s)), k = d === null || h === null, p = o && v > 0, x = (d ?? 0) * (h ?? 0);
    (k || p || v >= x || s.dragging) && r.push(s);
  }
  return r;
}
function lr(e, t) {
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
function sd(e, t, n) {
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
    const o = qt(e.top ?? e.y ?? 0, n), i = qt(e.bottom ?? e.y ?? 0, n), a = qt(e.left ?? e.x ?? 0, t), r = qt(e.right ?? e.x ?? 0, t);
    return { top: o, right: r, bottom: i, left: a, x: a + r, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function ld(e, t, n, o, i, a) {
  const { x: r, y: s } = bn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = bn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, d = a - u;
  return {
    left: Math.floor(r),
    top: Math.floor(s),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function zi(e, t, n, o, i, a = 0.1) {
  const r = sd(a, t, n), s = (t - r.x) / e.width, l = (n - r.y) / e.height, u = Math.min(s, l), c = xt(u, o, i), d = e.x + e.width / 2, h = e.y + e.height / 2, v = t / 2 - d * c, k = n / 2 - h * c, p = ld(e, v, k, c, t, n), x = {
    left: Math.min(p.left - r.left, 0),
    top: Math.min(p.top - r.top, 0),
    right: Math.min(p.right - r.right, 0),
    bottom: Math.min(p.bottom - r.bottom, 0)
  };
  return {
    x: v - x.left + x.right,
    y: k - x.top + x.bottom,
    zoom: c
  };
}
function ud(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function ur(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : ur(n, t) : !1;
}
function _n(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Di(e) {
  const t = e.ctrlKey && io() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Oi(e, t, n) {
  return e < t ? xt(Math.abs(e - t), 1, t) / t : e > n ? -xt(Math.abs(e - n), 1, t) / t : 0;
}
function cr(e, t, n = 15, o = 40) {
  const i = Oi(e.x, o, t.width - o) * n, a = Oi(e.y, o, t.height - o) * n;
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
function Ri(e, t) {
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
            if (un(r) && (typeof s.position < "u" && (r.position = s.position), typeof s.dragging < "u" && (r.dragging = s.dragging), r.expandParent && r.parentNode)) {
              const l = t[a.indexOf(r.parentNode)];
              l && un(l) && Eo(r, l);
            }
            break;
          case "dimensions":
            if (un(r) && (typeof s.dimensions < "u" && (r.dimensions = s.dimensions), typeof s.updateStyle < "u" && s.updateStyle && (r.style = {
              ...r.style || {},
              width: `${(n = s.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = s.dimensions) == null ? void 0 : o.height}px`
            }), typeof s.resizing < "u" && (r.resizing = s.resizing), r.expandParent && r.parentNode)) {
              const l = t[a.indexOf(r.parentNode)];
              l && un(l) && (!!l.dimensions.width && !!l.dimensions.height ? Eo(r, l) : je(() => {
                Eo(r, l);
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
function Bi(e) {
  return {
    item: e,
    type: "add"
  };
}
function Li(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Vi(e, t, n, o, i) {
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
  for (const [i, a] of e) {
    const r = t.has(i);
    !(a.selected === void 0 && !r) && a.selected !== r && (n && (a.selected = r), o.push(_t(a.id, r)));
  }
  return o;
}
const Hi = () => {
};
function ce(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Hi, o = () => !1;
  const i = () => t.size > 0 || o(), a = (h) => {
    n = h;
  }, r = () => {
    n = Hi;
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
      const v = () => u(h);
      return pn(v), { off: v };
    },
    off: u,
    trigger: (h) => {
      const v = [n];
      return i() ? v.push(...t) : e && v.push(e), Promise.allSettled(v.map((k) => k(h)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: a,
    removeEmitter: r,
    setHasEmitListeners: s,
    removeHasEmitListeners: l
  };
}
function Fi(e, t, n) {
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
function cd(e, t, n, o) {
  var i, a;
  const r = /* @__PURE__ */ new Map();
  for (const [s, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !ur(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(s) && r.set(s, {
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
function dr(e) {
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
function dd(e, t, n) {
  const [o, i, a, r] = typeof e != "string" ? dr(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + r, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - a
    ]
  ] : !1;
}
function fd(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const a = dd(i, e, o);
      a && (i = a);
    } else
      t(new Ke(We.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const a = (o == null ? void 0 : o.computedPosition.x) || 0, r = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + a, i[0][1] + r],
      [i[1][0] + a, i[1][1] + r]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [a, r, s, l] = dr(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function hd({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function li(e, t, n, o, i) {
  const a = hd(e.dimensions, fd(e, n, o, i)), r = tr(t, a);
  return {
    position: {
      x: r.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: r.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: r
  };
}
function en(e, t, n = fe.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, a = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: r, height: s } = t ?? gd(e);
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
function Yi(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function vd({
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
  const c = ar({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: r / l.zoom,
    height: s / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), h = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * h) > 0;
}
function md(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const a = t(e.source), r = t(e.target);
  return !a || !r ? 0 : (n && (i = o ? e.zIndex : Math.max(a.computedPosition.z || 0, r.computedPosition.z || 0)), i);
}
var We = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(We || {});
const Xi = {
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
    super((o = Xi[t]) == null ? void 0 : o.call(Xi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ui(e) {
  return "clientX" in e;
}
function pd(e) {
  return "sourceEvent" in e;
}
function ct(e, t) {
  const n = ui(e);
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
function gd(e) {
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
const yd = () => !0;
function Mo(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function wd(e, t, n) {
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
const xd = 250;
function bd(e, t, n, o) {
  var i, a;
  let r = [], s = Number.POSITIVE_INFINITY;
  const l = wd(e, n, t + xd);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((a = u.handleBounds) == null ? void 0 : a.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: h, y: v } = en(u, d, d.position, !0), k = Math.sqrt((h - e.x) ** 2 + (v - e.y) ** 2);
      k > t || (k < s ? (r = [{ ...d, x: h, y: v }], s = k) : k === s && r.push({ ...d, x: h, y: v }));
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
function qi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: a,
  doc: r,
  lib: s,
  flowId: l,
  isValidConnection: u = yd
}, c, d, h, v) {
  const k = a === "target", p = t ? r.querySelector(`.${s}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x, y: _ } = ct(e), I = r.elementFromPoint(x, _), y = I != null && I.classList.contains(`${s}-flow__handle`) ? I : p, m = {
    handleDomNode: y,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (y) {
    const T = fr(void 0, y), O = y.getAttribute("data-nodeid"), L = y.getAttribute("data-handleid"), B = y.classList.contains("connectable"), ne = y.classList.contains("connectableend");
    if (!O || !T)
      return m;
    const J = {
      source: k ? O : o,
      sourceHandle: k ? L : i,
      target: k ? o : O,
      targetHandle: k ? i : L
    };
    m.connection = J;
    const C = B && ne && (n === Nt.Strict ? k && T === "source" || !k && T === "target" : O !== o || L !== i);
    m.isValid = C && u(J, {
      nodes: d,
      edges: c,
      sourceNode: h(J.source),
      targetNode: h(J.target)
    }), m.toHandle = hr(O, T, L, v, n, !0);
  }
  return m;
}
function fr(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function kd(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function _d(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function hr(e, t, n, o, i, a = !1) {
  var r, s, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Nt.Strict ? (r = u.handleBounds) == null ? void 0 : r[t] : [...((s = u.handleBounds) == null ? void 0 : s.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((h) => h.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && a ? { ...d, ...en(u, d, d.position, !0) } : d;
}
const qo = {
  [fe.Left]: fe.Right,
  [fe.Right]: fe.Left,
  [fe.Top]: fe.Bottom,
  [fe.Bottom]: fe.Top
}, Sd = ["production", "prod"];
function Mn(e, ...t) {
  vr() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function vr() {
  return !Sd.includes("production");
}
function Gi(e, t, n, o, i) {
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
  i.value = !1, e.selected ? (a || e.selected && t) && (o([e]), je(() => {
    r.blur();
  })) : n([e]);
}
function Ue(e) {
  return typeof X(e) < "u";
}
function $d(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Ke(We.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return Mt(e) ? i = e : i = {
    ...e,
    id: ir(e)
  }, i = nr(i, void 0, o), id(i, t) ? !1 : i;
}
function Ed(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Ke(We.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Ke(We.EDGE_NOT_FOUND, e.id)), !1;
  const { id: a, ...r } = e;
  return {
    ...r,
    id: o ? ir(t) : a,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Ui(e, t, n) {
  const o = {}, i = [];
  for (let a = 0; a < e.length; ++a) {
    const r = e[a];
    if (!Dt(r)) {
      n(
        new Ke(We.NODE_INVALID, r == null ? void 0 : r.id) || `[ID UNKNOWN|INDEX ${a}]`
      );
      continue;
    }
    const s = td(r, t(r.id), r.parentNode);
    r.parentNode && (o[r.parentNode] = !0), i[a] = s;
  }
  for (const a of i) {
    const r = t(a.parentNode) || i.find((s) => s.id === a.parentNode);
    a.parentNode && !r && n(new Ke(We.NODE_MISSING_PARENT, a.id, a.parentNode)), (a.parentNode || o[a.id]) && (o[a.id] && (a.isParent = !0), r && (r.isParent = !0));
  }
  return i;
}
function Wi(e, t, n, o, i, a) {
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
function Co(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: a, sourceHandle: r = null, targetHandle: s = null } = o, l = { edgeId: o.id, source: i, target: a, sourceHandle: r, targetHandle: s }, u = `${i}-${r}--${a}-${s}`, c = `${a}-${s}--${i}-${r}`;
    Wi("source", l, c, e, i, r), Wi("target", l, u, e, a, s);
  }
}
function Ki(e, t) {
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
    const c = Mt(u) ? u : $d(u, s, i, a);
    if (!c)
      continue;
    const d = n(c.source), h = n(c.target);
    if (!d || !h) {
      i(new Ke(We.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Ke(We.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!h) {
      i(new Ke(We.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: s,
      nodes: r,
      sourceNode: d,
      targetNode: h
    })) {
      i(new Ke(We.EDGE_INVALID, c.id));
      continue;
    }
    const v = o(c.id);
    l.push({
      ...nr(c, v, a),
      sourceNode: d,
      targetNode: h
    });
  }
  return l;
}
const Zi = Symbol("vueFlow"), ci = Symbol("nodeId"), mr = Symbol("nodeRef"), Nd = Symbol("edgeId"), Md = Symbol("edgeRef"), vo = Symbol("slots");
function pr(e) {
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
    nodesDraggable: d,
    panBy: h,
    findNode: v,
    multiSelectionActive: k,
    nodesSelectionActive: p,
    selectNodesOnDrag: x,
    removeSelectedElements: _,
    addSelectedNodes: I,
    updateNodePositions: y,
    emits: m
  } = Ye(), { onStart: T, onDrag: O, onStop: L, onClick: B, el: ne, disabled: J, id: Z, selectable: C, dragHandle: se } = e, E = $t(!1);
  let Y = [], P, W = null, D = { x: void 0, y: void 0 }, z = { x: 0, y: 0 }, F = null, te = !1, le = !1, he = 0, me = !1;
  const ae = gr(), Q = ({ x: pe, y: ge }) => {
    D = { x: pe, y: ge };
    let S = !1;
    if (Y = Y.map((b) => {
      const f = { x: pe - b.distance.x, y: ge - b.distance.y }, { computedPosition: g } = li(
        b,
        n.value ? ho(f, o.value) : f,
        m.error,
        r.value,
        b.parentNode ? v(b.parentNode) : void 0
      );
      return S = S || b.position.x !== g.x || b.position.y !== g.y, b.position = g, b;
    }), le = le || S, !!S && (y(Y, !0, !0), E.value = !0, F)) {
      const [b, f] = No({
        id: Z,
        dragItems: Y,
        findNode: v
      });
      O({ event: F, node: b, nodes: f });
    }
  }, ie = () => {
    if (!W)
      return;
    const [pe, ge] = cr(z, W, c.value);
    if (pe !== 0 || ge !== 0) {
      const S = {
        x: (D.x ?? 0) - pe / l.value.zoom,
        y: (D.y ?? 0) - ge / l.value.zoom
      };
      h({ x: pe, y: ge }) && Q(S);
    }
    he = requestAnimationFrame(ie);
  }, Me = (pe, ge) => {
    te = !0;
    const S = v(Z);
    !x.value && !k.value && S && (S.selected || _()), S && Pe(C) && x.value && Go(
      S,
      k.value,
      I,
      _,
      p,
      !1,
      ge
    );
    const b = ae(pe.sourceEvent);
    if (D = b, Y = cd(a.value, d.value, b, Z), Y.length) {
      const [f, g] = No({
        id: Z,
        dragItems: Y,
        findNode: v
      });
      T({ event: pe.sourceEvent, node: f, nodes: g });
    }
  }, Te = (pe, ge) => {
    var S;
    pe.sourceEvent.type === "touchmove" && pe.sourceEvent.touches.length > 1 || (le = !1, s.value === 0 && Me(pe, ge), D = ae(pe.sourceEvent), W = ((S = t.value) == null ? void 0 : S.getBoundingClientRect()) || null, z = ct(pe.sourceEvent, W));
  }, we = (pe, ge) => {
    const S = ae(pe.sourceEvent);
    if (!me && te && u.value && (me = !0, ie()), !te) {
      const b = S.xSnapped - (D.x ?? 0), f = S.ySnapped - (D.y ?? 0);
      Math.sqrt(b * b + f * f) > s.value && Me(pe, ge);
    }
    (D.x !== S.xSnapped || D.y !== S.ySnapped) && Y.length && te && (F = pe.sourceEvent, z = ct(pe.sourceEvent, W), Q(S));
  }, Ie = (pe) => {
    let ge = !1;
    if (!te && !E.value && !k.value) {
      const S = pe.sourceEvent, b = ae(S), f = b.xSnapped - (D.x ?? 0), g = b.ySnapped - (D.y ?? 0), w = Math.sqrt(f * f + g * g);
      w !== 0 && w <= s.value && (B == null || B(S), ge = !0);
    }
    if (Y.length && !ge) {
      le && (y(Y, !1, !1), le = !1);
      const [S, b] = No({
        id: Z,
        dragItems: Y,
        findNode: v
      });
      L({ event: pe.sourceEvent, node: S, nodes: b });
    }
    Y = [], E.value = !1, me = !1, te = !1, D = { x: void 0, y: void 0 }, cancelAnimationFrame(he);
  };
  return Ee([() => Pe(J), ne], ([pe, ge], S, b) => {
    if (ge) {
      const f = at(ge);
      pe || (P = eu().on("start", (g) => Te(g, ge)).on("drag", (g) => we(g, ge)).on("end", (g) => Ie(g)).filter((g) => {
        const w = g.target, V = Pe(se);
        return !g.button && (!i.value || !Fi(w, `.${i.value}`, ge) && (!V || Fi(w, V, ge)));
      }), f.call(P)), b(() => {
        f.on(".drag", null), P && (P.on("start", null), P.on("drag", null), P.on("end", null));
      });
    }
  }), E;
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
function Id(e, t) {
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
function gr() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ye();
  return (i) => {
    var a;
    const r = ((a = o.value) == null ? void 0 : a.getBoundingClientRect()) ?? { left: 0, top: 0 }, s = pd(i) ? i.sourceEvent : i, { x: l, y: u } = ct(s, r), c = kn({ x: l, y: u }, e.value), { x: d, y: h } = n.value ? ho(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: h,
      ...c
    };
  };
}
function On() {
  return !0;
}
function yr({
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
    connectOnClick: d,
    connectionClickStartHandle: h,
    nodesConnectable: v,
    autoPanOnConnect: k,
    autoPanSpeed: p,
    findNode: x,
    panBy: _,
    startConnection: I,
    updateConnection: y,
    endConnection: m,
    emits: T,
    viewport: O,
    edges: L,
    nodes: B,
    isValidConnection: ne,
    nodeLookup: J
  } = Ye();
  let Z = null, C = !1, se = null;
  function E(P) {
    var W;
    const D = Pe(n) === "target", z = ui(P), F = Ai(P.target), te = P.currentTarget;
    if (te && (z && P.button === 0 || !z)) {
      let le = function(K) {
        S = ct(K, Ie), Q = bd(
          kn(S, O.value, !1, [1, 1]),
          c.value,
          J.value,
          g
        ), b || (f(), b = !0);
        const U = qi(
          K,
          {
            handle: Q,
            connectionMode: u.value,
            fromNodeId: Pe(t),
            fromHandleId: Pe(e),
            fromType: D ? "target" : "source",
            isValidConnection: ae,
            doc: F,
            lib: "vue",
            flowId: s,
            nodeLookup: J.value
          },
          L.value,
          B.value,
          x,
          J.value
        );
        se = U.handleDomNode, Z = U.connection, C = _d(!!Q, U.isValid);
        const oe = {
          // from stays the same
          ...q,
          isValid: C,
          to: U.toHandle && C ? bn({ x: U.toHandle.x, y: U.toHandle.y }, O.value) : S,
          toHandle: U.toHandle,
          toPosition: C && U.toHandle ? U.toHandle.position : qo[g.position],
          toNode: U.toHandle ? J.value.get(U.toHandle.nodeId) : null
        };
        if (C && Q && (q != null && q.toHandle) && oe.toHandle && q.toHandle.type === oe.toHandle.type && q.toHandle.nodeId === oe.toHandle.nodeId && q.toHandle.id === oe.toHandle.id && q.to.x === oe.to.x && q.to.y === oe.to.y)
          return;
        const ue = Q ?? U.toHandle;
        if (y(
          ue && C ? bn(
            {
              x: ue.x,
              y: ue.y
            },
            O.value
          ) : S,
          ue,
          kd(!!ue, C)
        ), q = oe, !Q && !C && !se)
          return Mo(ge);
        Z && Z.source !== Z.target && se && (Mo(ge), ge = se, se.classList.add("connecting", "vue-flow__handle-connecting"), se.classList.toggle("valid", !!C), se.classList.toggle("vue-flow__handle-valid", !!C));
      }, he = function(K) {
        "touches" in K && K.touches.length > 0 || ((Q || se) && Z && C && (a ? a(K, Z) : T.connect(Z)), T.connectEnd(K), i && (r == null || r(K)), Mo(ge), cancelAnimationFrame(ie), m(K), b = !1, C = !1, Z = null, se = null, F.removeEventListener("mousemove", le), F.removeEventListener("mouseup", he), F.removeEventListener("touchmove", le), F.removeEventListener("touchend", he));
      };
      const me = x(Pe(t));
      let ae = Pe(o) || ne.value || On;
      !ae && me && (ae = (D ? me.isValidSourcePos : me.isValidTargetPos) || On);
      let Q, ie = 0;
      const { x: Me, y: Te } = ct(P), we = fr(Pe(i), te), Ie = (W = l.value) == null ? void 0 : W.getBoundingClientRect();
      if (!Ie || !we)
        return;
      const pe = hr(Pe(t), we, Pe(e), J.value, u.value);
      if (!pe)
        return;
      let ge, S = ct(P, Ie), b = !1;
      const f = () => {
        if (!k.value)
          return;
        const [K, U] = cr(S, Ie, p.value);
        _({ x: K, y: U }), ie = requestAnimationFrame(f);
      }, g = {
        ...pe,
        nodeId: Pe(t),
        type: we,
        position: pe.position
      }, w = J.value.get(Pe(t)), H = {
        inProgress: !0,
        isValid: null,
        from: en(w, g, fe.Left, !0),
        fromHandle: g,
        fromPosition: g.position,
        fromNode: w,
        to: S,
        toHandle: null,
        toPosition: qo[g.position],
        toNode: null
      };
      I(
        {
          nodeId: Pe(t),
          id: Pe(e),
          type: we,
          position: (te == null ? void 0 : te.getAttribute("data-handlepos")) || fe.Top,
          ...S
        },
        {
          x: Me - Ie.left,
          y: Te - Ie.top
        }
      ), T.connectStart({ event: P, nodeId: Pe(t), handleId: Pe(e), handleType: we });
      let q = H;
      F.addEventListener("mousemove", le), F.addEventListener("mouseup", he), F.addEventListener("touchmove", le), F.addEventListener("touchend", he);
    }
  }
  function Y(P) {
    var W, D;
    if (!d.value)
      return;
    const z = Pe(n) === "target";
    if (!h.value) {
      T.clickConnectStart({ event: P, nodeId: Pe(t), handleId: Pe(e) }), I(
        {
          nodeId: Pe(t),
          type: Pe(n),
          id: Pe(e),
          position: fe.Top,
          ...ct(P)
        },
        void 0,
        !0
      );
      return;
    }
    let F = Pe(o) || ne.value || On;
    const te = x(Pe(t));
    if (!F && te && (F = (z ? te.isValidSourcePos : te.isValidTargetPos) || On), te && (typeof te.connectable > "u" ? v.value : te.connectable) === !1)
      return;
    const le = Ai(P.target), he = qi(
      P,
      {
        handle: {
          nodeId: Pe(t),
          id: Pe(e),
          type: Pe(n),
          position: fe.Top,
          ...ct(P)
        },
        connectionMode: u.value,
        fromNodeId: h.value.nodeId,
        fromHandleId: h.value.id ?? null,
        fromType: h.value.type,
        isValidConnection: F,
        doc: le,
        lib: "vue",
        flowId: s,
        nodeLookup: J.value
      },
      L.value,
      B.value,
      x,
      J.value
    ), me = ((W = he.connection) == null ? void 0 : W.source) === ((D = he.connection) == null ? void 0 : D.target);
    he.isValid && he.connection && !me && T.connect(he.connection), T.clickConnectEnd(P), m(P, !0);
  }
  return {
    handlePointerDown: E,
    handleClick: Y
  };
}
function Td() {
  return Ct(ci, "");
}
function wr(e) {
  const t = e ?? Td() ?? "", n = Ct(mr, ye(null)), { findNode: o, edges: i, emits: a } = Ye(), r = o(t);
  return r || a.error(new Ke(We.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: r,
    parentNode: ee(() => o(r.parentNode)),
    connectedEdges: ee(() => lr([r], i.value))
  };
}
function Pd() {
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
function Ad(e, t) {
  const n = Pd();
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
function xr() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: a, nodesDraggable: r, emits: s } = Ye();
  return (l, u = !1) => {
    const c = a.value ? i.value[0] : 5, d = a.value ? i.value[1] : 5, h = u ? 4 : 1, v = l.x * c * h, k = l.y * d * h, p = [];
    for (const x of e.value)
      if (x.draggable || r && typeof x.draggable > "u") {
        const _ = { x: x.computedPosition.x + v, y: x.computedPosition.y + k }, { position: I } = li(
          x,
          _,
          s.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        p.push({
          id: x.id,
          position: I,
          from: x.position,
          distance: { x: l.x, y: l.y },
          dimensions: x.dimensions
        });
      }
    n(p, !0, !1);
  };
}
const Rn = 0.1, zd = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function kt() {
  return Mn("Viewport not initialized yet."), Promise.resolve(!1);
}
const Dd = {
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
function Od(e) {
  function t(o, i) {
    return new Promise((a) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? dn : Xn).scaleBy(
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
      const { x: u, y: c } = tr({ x: -o, y: -i }, e.translateExtent), d = Qt.translate(-u, -c).scale(a);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? dn : Xn).transform(
        To(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
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
    zoomTo: (i, a) => new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((a == null ? void 0 : a.interpolate) === "linear" ? dn : Xn).scaleTo(
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
      padding: Rn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var a, r;
      const s = [];
      for (const h of e.nodes)
        h.dimensions.width && h.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !h.hidden) && (!((a = i.nodes) != null && a.length) || (r = i.nodes) != null && r.length && i.nodes.includes(h.id)) && s.push(h);
      if (!s.length)
        return Promise.resolve(!1);
      const l = rr(s), { x: u, y: c, zoom: d } = zi(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Rn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, a, r) => {
      const s = typeof (r == null ? void 0 : r.zoom) < "u" ? r.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * s, u = e.dimensions.height / 2 - a * s;
      return n(l, u, s, r);
    },
    fitBounds: (i, a = { padding: Rn }) => {
      const { x: r, y: s, zoom: l } = zi(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        a.padding ?? Rn
      );
      return n(r, s, l, a);
    },
    project: (i) => kn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: a, y: r } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x - a,
          y: i.y - r
        };
        return kn(s, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: a, y: r } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x + a,
          y: i.y + r
        };
        return bn(s, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : Dd);
}
function To(e, t = 0, n = zd, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Rd(e, t, n) {
  const o = wa(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let p, x, _ = !!(n.nodes.value.length || n.edges.value.length);
        p = Xt([e.modelValue, () => {
          var I, y;
          return (y = (I = e.modelValue) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x == null || x.pause(), n.setElements(I), !x && !_ && I.length ? _ = !0 : x == null || x.resume());
        }), x = Xt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([I, y]) => {
            var m;
            (m = e.modelValue) != null && m.value && Array.isArray(e.modelValue.value) && (p == null || p.pause(), e.modelValue.value = [...I, ...y], je(() => {
              p == null || p.resume();
            }));
          },
          { immediate: _ }
        ), Fn(() => {
          p == null || p.stop(), x == null || x.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        let p, x, _ = !!n.nodes.value.length;
        p = Xt([e.nodes, () => {
          var I, y;
          return (y = (I = e.nodes) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x == null || x.pause(), n.setNodes(I), !x && !_ && I.length ? _ = !0 : x == null || x.resume());
        }), x = Xt(
          [n.nodes, () => n.nodes.value.length],
          ([I]) => {
            var y;
            (y = e.nodes) != null && y.value && Array.isArray(e.nodes.value) && (p == null || p.pause(), e.nodes.value = [...I], je(() => {
              p == null || p.resume();
            }));
          },
          { immediate: _ }
        ), Fn(() => {
          p == null || p.stop(), x == null || x.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let p, x, _ = !!n.edges.value.length;
        p = Xt([e.edges, () => {
          var I, y;
          return (y = (I = e.edges) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x == null || x.pause(), n.setEdges(I), !x && !_ && I.length ? _ = !0 : x == null || x.resume());
        }), x = Xt(
          [n.edges, () => n.edges.value.length],
          ([I]) => {
            var y;
            (y = e.edges) != null && y.value && Array.isArray(e.edges.value) && (p == null || p.pause(), e.edges.value = [...I], je(() => {
              p == null || p.resume();
            }));
          },
          { immediate: _ }
        ), Fn(() => {
          p == null || p.stop(), x == null || x.stop();
        });
      });
    }, s = () => {
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
    }, h = () => {
      o.run(() => {
        const p = async (x) => {
          let _ = x;
          typeof t.autoConnect == "function" && (_ = await t.autoConnect(x)), _ !== !1 && n.addEdges([_]);
        };
        Ee(
          () => t.autoConnect,
          () => {
            Ue(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Ee(
          n.autoConnect,
          (x, _, I) => {
            x ? n.onConnect(p) : n.hooks.value.connect.off(p), I(() => {
              n.hooks.value.connect.off(p);
            });
          },
          { immediate: !0 }
        );
      });
    }, v = () => {
      const p = [
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
        const _ = x;
        if (!p.includes(_)) {
          const I = Ve(() => t[_]), y = n[_];
          Jo(y) && o.run(() => {
            Ee(
              I,
              (m) => {
                Ue(m) && (y.value = m);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), a(), r(), l(), s(), u(), c(), d(), h(), v();
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
function Ld(e, t) {
  const n = nn();
  qr(() => {
    for (const [i, a] of Object.entries(t.value)) {
      const r = (s) => {
        e(i, s);
      };
      a.setEmitter(r), pn(a.removeEmitter), a.setHasEmitListeners(() => o(i)), pn(a.removeHasEmitListeners);
    }
  });
  function o(i) {
    var a;
    const r = Vd(i);
    return !!((a = n == null ? void 0 : n.vnode.props) == null ? void 0 : a[r]);
  }
}
function Vd(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, a) => a.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function br() {
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
    selectionMode: si.Full,
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
const Hd = [
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
function Fd(e, t, n) {
  const o = Od(e), i = (S) => {
    const b = S ?? [];
    e.hooks.updateNodeInternals.trigger(b);
  }, a = (S) => od(S, e.nodes, e.edges), r = (S) => nd(S, e.nodes, e.edges), s = (S) => lr(S, e.edges), l = ({ id: S, type: b, nodeId: f }) => {
    var g;
    const w = S ? `-${b}-${S}` : `-${b}`;
    return Array.from(((g = e.connectionLookup.get(`${f}${w}`)) == null ? void 0 : g.values()) ?? []);
  }, u = (S) => {
    if (S)
      return t.value.get(S);
  }, c = (S) => {
    if (S)
      return n.value.get(S);
  }, d = (S, b, f) => {
    var g, w;
    const V = [];
    for (const H of S) {
      const q = {
        id: H.id,
        type: "position",
        dragging: f,
        from: H.from
      };
      if (b && (q.position = H.position, H.parentNode)) {
        const K = u(H.parentNode);
        q.position = {
          x: q.position.x - (((g = K == null ? void 0 : K.computedPosition) == null ? void 0 : g.x) ?? 0),
          y: q.position.y - (((w = K == null ? void 0 : K.computedPosition) == null ? void 0 : w.y) ?? 0)
        };
      }
      V.push(q);
    }
    V != null && V.length && e.hooks.nodesChange.trigger(V);
  }, h = (S) => {
    if (!e.vueFlowRef)
      return;
    const b = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!b)
      return;
    const f = window.getComputedStyle(b), { m22: g } = new window.DOMMatrixReadOnly(f.transform), w = [];
    for (const V of S) {
      const H = V, q = u(H.id);
      if (q) {
        const K = fo(H.nodeElement);
        if (!!(K.width && K.height && (q.dimensions.width !== K.width || q.dimensions.height !== K.height || H.forceUpdate))) {
          const oe = H.nodeElement.getBoundingClientRect();
          q.dimensions = K, q.handleBounds.source = Gi("source", H.nodeElement, oe, g, q.id), q.handleBounds.target = Gi("target", H.nodeElement, oe, g, q.id), w.push({
            id: q.id,
            type: "dimensions",
            dimensions: K
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), w.length && e.hooks.nodesChange.trigger(w);
  }, v = (S, b) => {
    const f = /* @__PURE__ */ new Set(), g = /* @__PURE__ */ new Set();
    for (const H of S)
      Dt(H) ? f.add(H.id) : Mt(H) && g.add(H.id);
    const w = St(t.value, f, !0), V = St(n.value, g);
    if (e.multiSelectionActive) {
      for (const H of f)
        w.push(_t(H, b));
      for (const H of g)
        V.push(_t(H, b));
    }
    w.length && e.hooks.nodesChange.trigger(w), V.length && e.hooks.edgesChange.trigger(V);
  }, k = (S) => {
    if (e.multiSelectionActive) {
      const b = S.map((f) => _t(f.id, !0));
      e.hooks.nodesChange.trigger(b);
      return;
    }
    e.hooks.nodesChange.trigger(St(t.value, new Set(S.map((b) => b.id)), !0)), e.hooks.edgesChange.trigger(St(n.value));
  }, p = (S) => {
    if (e.multiSelectionActive) {
      const b = S.map((f) => _t(f.id, !0));
      e.hooks.edgesChange.trigger(b);
      return;
    }
    e.hooks.edgesChange.trigger(St(n.value, new Set(S.map((b) => b.id)))), e.hooks.nodesChange.trigger(St(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (S) => {
    v(S, !0);
  }, _ = (S) => {
    const f = (S || e.nodes).map((g) => (g.selected = !1, _t(g.id, !1)));
    e.hooks.nodesChange.trigger(f);
  }, I = (S) => {
    const f = (S || e.edges).map((g) => (g.selected = !1, _t(g.id, !1)));
    e.hooks.edgesChange.trigger(f);
  }, y = (S) => {
    if (!S || !S.length)
      return v([], !1);
    const b = S.reduce(
      (f, g) => {
        const w = _t(g.id, !1);
        return Dt(g) ? f.nodes.push(w) : f.edges.push(w), f;
      },
      { nodes: [], edges: [] }
    );
    b.nodes.length && e.hooks.nodesChange.trigger(b.nodes), b.edges.length && e.hooks.edgesChange.trigger(b.edges);
  }, m = (S) => {
    var b;
    (b = e.d3Zoom) == null || b.scaleExtent([S, e.maxZoom]), e.minZoom = S;
  }, T = (S) => {
    var b;
    (b = e.d3Zoom) == null || b.scaleExtent([e.minZoom, S]), e.maxZoom = S;
  }, O = (S) => {
    var b;
    (b = e.d3Zoom) == null || b.translateExtent(S), e.translateExtent = S;
  }, L = (S) => {
    e.nodeExtent = S, i();
  }, B = (S) => {
    var b;
    (b = e.d3Zoom) == null || b.clickDistance(S);
  }, ne = (S) => {
    e.nodesDraggable = S, e.nodesConnectable = S, e.elementsSelectable = S;
  }, J = (S) => {
    const b = S instanceof Function ? S(e.nodes) : S;
    !e.initialized && !b.length || (e.nodes = Ui(b, u, e.hooks.error.trigger));
  }, Z = (S) => {
    const b = S instanceof Function ? S(e.edges) : S;
    if (!e.initialized && !b.length)
      return;
    const f = Io(
      b,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Co(e.connectionLookup, n.value, f), e.edges = f;
  }, C = (S) => {
    const b = S instanceof Function ? S([...e.nodes, ...e.edges]) : S;
    !e.initialized && !b.length || (J(b.filter(Dt)), Z(b.filter(Mt)));
  }, se = (S) => {
    let b = S instanceof Function ? S(e.nodes) : S;
    b = Array.isArray(b) ? b : [b];
    const f = Ui(b, u, e.hooks.error.trigger), g = [];
    for (const w of f)
      g.push(Bi(w));
    g.length && e.hooks.nodesChange.trigger(g);
  }, E = (S) => {
    let b = S instanceof Function ? S(e.edges) : S;
    b = Array.isArray(b) ? b : [b];
    const f = Io(
      b,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), g = [];
    for (const w of f)
      g.push(Bi(w));
    g.length && e.hooks.edgesChange.trigger(g);
  }, Y = (S, b = !0, f = !1) => {
    const g = S instanceof Function ? S(e.nodes) : S, w = Array.isArray(g) ? g : [g], V = [], H = [];
    function q(U) {
      const oe = s(U);
      for (const ue of oe)
        (!Ue(ue.deletable) || ue.deletable) && H.push(Vi(ue.id, ue.source, ue.target, ue.sourceHandle, ue.targetHandle));
    }
    function K(U) {
      const oe = [];
      for (const ue of e.nodes)
        ue.parentNode === U && oe.push(ue);
      if (oe.length) {
        for (const ue of oe)
          V.push(Li(ue.id));
        b && q(oe);
        for (const ue of oe)
          K(ue.id);
      }
    }
    for (const U of w) {
      const oe = typeof U == "string" ? u(U) : U;
      oe && (Ue(oe.deletable) && !oe.deletable || (V.push(Li(oe.id)), b && q([oe]), f && K(oe.id)));
    }
    H.length && e.hooks.edgesChange.trigger(H), V.length && e.hooks.nodesChange.trigger(V);
  }, P = (S) => {
    const b = S instanceof Function ? S(e.edges) : S, f = Array.isArray(b) ? b : [b], g = [];
    for (const w of f) {
      const V = typeof w == "string" ? c(w) : w;
      V && (Ue(V.deletable) && !V.deletable || g.push(
        Vi(
          typeof w == "string" ? w : w.id,
          V.source,
          V.target,
          V.sourceHandle,
          V.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(g);
  }, W = (S, b, f = !0) => {
    const g = c(S.id);
    if (!g)
      return !1;
    const w = e.edges.indexOf(g), V = Ed(S, b, g, f, e.hooks.error.trigger);
    if (V) {
      const [H] = Io(
        [V],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((q, K) => K === w ? H : q), Co(e.connectionLookup, n.value, [H]), H;
    }
    return !1;
  }, D = (S, b, f = { replace: !1 }) => {
    const g = c(S);
    if (!g)
      return;
    const w = typeof b == "function" ? b(g) : b;
    g.data = f.replace ? w : { ...g.data, ...w };
  }, z = (S) => Ri(S, e.nodes), F = (S) => {
    const b = Ri(S, e.edges);
    return Co(e.connectionLookup, n.value, b), b;
  }, te = (S, b, f = { replace: !1 }) => {
    const g = u(S);
    if (!g)
      return;
    const w = typeof b == "function" ? b(g) : b;
    f.replace ? e.nodes.splice(e.nodes.indexOf(g), 1, w) : Object.assign(g, w);
  }, le = (S, b, f = { replace: !1 }) => {
    const g = u(S);
    if (!g)
      return;
    const w = typeof b == "function" ? b(g) : b;
    g.data = f.replace ? w : { ...g.data, ...w };
  }, he = (S, b, f = !1) => {
    f ? e.connectionClickStartHandle = S : e.connectionStartHandle = S, e.connectionEndHandle = null, e.connectionStatus = null, b && (e.connectionPosition = b);
  }, me = (S, b = null, f = null) => {
    e.connectionStartHandle && (e.connectionPosition = S, e.connectionEndHandle = b, e.connectionStatus = f);
  }, ae = (S, b) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, b ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, Q = (S) => {
    const b = ed(S), f = b ? null : un(S) ? S : u(S.id);
    return !b && !f ? [null, null, b] : [b ? S : no(f), f, b];
  }, ie = (S, b = !0, f = e.nodes) => {
    const [g, w, V] = Q(S);
    if (!g)
      return [];
    const H = [];
    for (const q of f || e.nodes) {
      if (!V && (q.id === w.id || !q.computedPosition))
        continue;
      const K = no(q), U = oo(K, g);
      (b && U > 0 || U >= K.width * K.height || U >= Number(g.width) * Number(g.height)) && H.push(q);
    }
    return H;
  }, Me = (S, b, f = !0) => {
    const [g] = Q(S);
    if (!g)
      return !1;
    const w = oo(g, b);
    return f && w > 0 || w >= Number(g.width) * Number(g.height);
  }, Te = (S) => {
    const { viewport: b, dimensions: f, d3Zoom: g, d3Selection: w, translateExtent: V } = e;
    if (!g || !w || !S.x && !S.y)
      return !1;
    const H = Qt.translate(b.x + S.x, b.y + S.y).scale(b.zoom), q = [
      [0, 0],
      [f.width, f.height]
    ], K = g.constrain()(H, q, V), U = e.viewport.x !== K.x || e.viewport.y !== K.y || e.viewport.zoom !== K.k;
    return g.transform(w, K), U;
  }, we = (S) => {
    const b = S instanceof Function ? S(e) : S, f = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ue(b.defaultEdgeOptions) && (e.defaultEdgeOptions = b.defaultEdgeOptions);
    const g = b.modelValue || b.nodes || b.edges ? [] : void 0;
    g && (b.modelValue && g.push(...b.modelValue), b.nodes && g.push(...b.nodes), b.edges && g.push(...b.edges), C(g));
    const w = () => {
      Ue(b.maxZoom) && T(b.maxZoom), Ue(b.minZoom) && m(b.minZoom), Ue(b.translateExtent) && O(b.translateExtent);
    };
    for (const V of Object.keys(b)) {
      const H = V, q = b[H];
      ![...Hd, ...f].includes(H) && Ue(q) && (e[H] = q);
    }
    zo(() => e.d3Zoom).not.toBeNull().then(w), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: h,
    setElements: C,
    setNodes: J,
    setEdges: Z,
    addNodes: se,
    addEdges: E,
    removeNodes: Y,
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
    addSelectedNodes: k,
    addSelectedEdges: p,
    setMinZoom: m,
    setMaxZoom: T,
    setTranslateExtent: O,
    setNodeExtent: L,
    setPaneClickDistance: B,
    removeSelectedElements: y,
    removeSelectedNodes: _,
    removeSelectedEdges: I,
    startConnection: he,
    updateConnection: me,
    endConnection: ae,
    setInteractive: ne,
    setState: we,
    getIntersectingNodes: ie,
    getIncomers: a,
    getOutgoers: r,
    getConnectedEdges: s,
    getHandleConnections: l,
    isNodeIntersecting: Me,
    panBy: Te,
    fitView: (S) => o.value.fitView(S),
    zoomIn: (S) => o.value.zoomIn(S),
    zoomOut: (S) => o.value.zoomOut(S),
    zoomTo: (S, b) => o.value.zoomTo(S, b),
    setViewport: (S, b) => o.value.setViewport(S, b),
    setTransform: (S, b) => o.value.setTransform(S, b),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (S, b, f) => o.value.setCenter(S, b, f),
    fitBounds: (S, b) => o.value.fitBounds(S, b),
    project: (S) => o.value.project(S),
    screenToFlowCoordinate: (S) => o.value.screenToFlowCoordinate(S),
    flowToScreenCoordinate: (S) => o.value.flowToScreenCoordinate(S),
    toObject: () => {
      const S = [], b = [];
      for (const f of e.nodes) {
        const {
          computedPosition: g,
          handleBounds: w,
          selected: V,
          dimensions: H,
          isParent: q,
          resizing: K,
          dragging: U,
          events: oe,
          ...ue
        } = f;
        S.push(ue);
      }
      for (const f of e.edges) {
        const { selected: g, sourceNode: w, targetNode: V, events: H, ...q } = f;
        b.push(q);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: S,
          edges: b,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (S) => new Promise((b) => {
      const { nodes: f, edges: g, position: w, zoom: V, viewport: H } = S;
      f && J(f), g && Z(g);
      const [q, K] = H != null && H.x && (H != null && H.y) ? [H.x, H.y] : w ?? [null, null];
      if (q && K) {
        const U = (H == null ? void 0 : H.zoom) || V || e.viewport.zoom;
        return zo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: q,
            y: K,
            zoom: U
          }).then(() => {
            b(!0);
          });
        });
      } else
        b(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const S = br();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const b = Qt.translate(S.defaultViewport.x ?? 0, S.defaultViewport.y ?? 0).scale(xt(S.defaultViewport.zoom ?? 1, S.minZoom, S.maxZoom)), f = e.viewportRef.getBoundingClientRect(), g = [
          [0, 0],
          [f.width, f.height]
        ], w = e.d3Zoom.constrain()(b, g, S.translateExtent);
        e.d3Zoom.transform(e.d3Selection, w);
      }
      we(S);
    },
    $destroy: () => {
    }
  };
}
const Yd = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Xd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, Et = /* @__PURE__ */ Xe({
  ...Xd,
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
    const n = Kr(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ve(() => n.type ?? "source"), i = Ve(() => n.isValidConnection ?? null), {
      id: a,
      connectionStartHandle: r,
      connectionClickStartHandle: s,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: h
    } = Ye(), { id: v, node: k, nodeEl: p, connectedEdges: x } = wr(), _ = ye(), I = Ve(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), y = Ve(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), m = Ve(
      () => {
        var Z, C, se, E, Y, P;
        return ((Z = r.value) == null ? void 0 : Z.nodeId) === v && ((C = r.value) == null ? void 0 : C.id) === e.id && ((se = r.value) == null ? void 0 : se.type) === o.value || ((E = l.value) == null ? void 0 : E.nodeId) === v && ((Y = l.value) == null ? void 0 : Y.id) === e.id && ((P = l.value) == null ? void 0 : P.type) === o.value;
      }
    ), T = Ve(
      () => {
        var Z, C, se;
        return ((Z = s.value) == null ? void 0 : Z.nodeId) === v && ((C = s.value) == null ? void 0 : C.id) === e.id && ((se = s.value) == null ? void 0 : se.type) === o.value;
      }
    ), { handlePointerDown: O, handleClick: L } = yr({
      nodeId: v,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = ee(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((Z) => {
      const C = Z[`${o.value}Handle`];
      return Z[o.value] !== v ? !1 : C ? C === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((Z) => {
      const C = Z[`${o.value}Handle`];
      return Z[o.value] !== v ? !1 : C ? C === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(k, x.value) : Ue(e.connectable) ? e.connectable : c.value);
    nt(() => {
      var Z;
      if (!k.dimensions.width || !k.dimensions.height)
        return;
      const C = (Z = k.handleBounds[o.value]) == null ? void 0 : Z.find((z) => z.id === e.id);
      if (!u.value || C)
        return;
      const se = u.value.querySelector(".vue-flow__transformationpane");
      if (!p.value || !_.value || !se || !e.id)
        return;
      const E = p.value.getBoundingClientRect(), Y = _.value.getBoundingClientRect(), P = window.getComputedStyle(se), { m22: W } = new window.DOMMatrixReadOnly(P.transform), D = {
        id: e.id,
        position: e.position,
        x: (Y.left - E.left) / W,
        y: (Y.top - E.top) / W,
        type: o.value,
        nodeId: v,
        ...fo(_.value)
      };
      k.handleBounds[o.value] = [...k.handleBounds[o.value] ?? [], D];
    });
    function ne(Z) {
      const C = ui(Z);
      B.value && I.value && (C && Z.button === 0 || !C) && O(Z);
    }
    function J(Z) {
      !v || !s.value && !I.value || B.value && L(Z);
    }
    return t({
      handleClick: L,
      handlePointerDown: O,
      onClick: J,
      onPointerDown: ne
    }), (Z, C) => (M(), A("div", {
      ref_key: "handle",
      ref: _,
      "data-id": `${X(a)}-${X(v)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": X(v),
      "data-handlepos": Z.position,
      class: Re(["vue-flow__handle", [
        `vue-flow__handle-${Z.position}`,
        `vue-flow__handle-${e.id}`,
        X(d),
        X(h),
        o.value,
        {
          connectable: B.value,
          connecting: T.value,
          connectablestart: I.value,
          connectableend: y.value,
          connectionindicator: B.value && (I.value && !m.value || y.value && m.value)
        }
      ]]),
      onMousedown: ne,
      onTouchstartPassive: ne,
      onClick: J
    }, [
      Ze(Z.$slots, "default", { id: Z.id })
    ], 42, Yd));
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
    Oe(Et, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof s != "string" && s ? Oe(s) : Oe($e, [s]),
    Oe(Et, { type: "source", position: e, connectable: o, isValidConnection: a })
  ];
};
mo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
mo.inheritAttrs = !1;
mo.compatConfig = { MODE: 3 };
const qd = mo, po = function({
  targetPosition: e = fe.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const a = i.label ?? t;
  return [
    Oe(Et, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof a != "string" && a ? Oe(a) : Oe($e, [a])
  ];
};
po.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
po.inheritAttrs = !1;
po.compatConfig = { MODE: 3 };
const Gd = po, go = function({
  sourcePosition: e = fe.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const a = i.label ?? t;
  return [
    typeof a != "string" && a ? Oe(a) : Oe($e, [a]),
    Oe(Et, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
go.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
go.inheritAttrs = !1;
go.compatConfig = { MODE: 3 };
const Ud = go, Wd = ["transform"], Kd = ["width", "height", "x", "y", "rx", "ry"], Zd = ["y"], jd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Jd = /* @__PURE__ */ Xe({
  ...jd,
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
      const a = n.value.getBBox();
      (a.width !== t.value.width || a.height !== t.value.height) && (t.value = a);
    }
    return (a, r) => (M(), A("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      a.labelShowBg ? (M(), A("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * a.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * a.labelBgPadding[1]}px`,
        x: -a.labelBgPadding[0],
        y: -a.labelBgPadding[1],
        style: ze(a.labelBgStyle),
        rx: a.labelBgBorderRadius,
        ry: a.labelBgBorderRadius
      }, null, 12, Kd)) : re("", !0),
      $("text", ba(a.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: a.labelStyle
      }), [
        Ze(a.$slots, "default", {}, () => [
          typeof a.label != "string" ? (M(), He(Qo(a.label), { key: 0 })) : (M(), A($e, { key: 1 }, [
            Ce(G(a.label), 1)
          ], 64))
        ])
      ], 16, Zd)
    ], 8, Wd));
  }
}), Qd = ["id", "d", "marker-end", "marker-start"], ef = ["d", "stroke-width"], tf = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, yo = /* @__PURE__ */ Xe({
  ...tf,
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
    const n = ye(null), o = ye(null), i = ye(null), a = Zr();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (r, s) => (M(), A($e, null, [
      $("path", ba(X(a), {
        id: r.id,
        ref_key: "pathEl",
        ref: n,
        d: r.path,
        class: "vue-flow__edge-path",
        "marker-end": r.markerEnd,
        "marker-start": r.markerStart
      }), null, 16, Qd),
      r.interactionWidth ? (M(), A("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: r.path,
        "stroke-width": r.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, ef)) : re("", !0),
      r.label && r.labelX && r.labelY ? (M(), He(Jd, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : re("", !0)
    ], 64));
  }
});
function kr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, a = n < e ? n + i : n - i, r = Math.abs(o - t) / 2, s = o < t ? o + r : o - r;
  return [a, s, i, r];
}
function _r({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: a,
  targetControlX: r,
  targetControlY: s
}) {
  const l = e * 0.125 + i * 0.375 + r * 0.375 + n * 0.125, u = t * 0.125 + a * 0.375 + s * 0.375 + o * 0.125, c = Math.abs(l - e), d = Math.abs(u - t);
  return [l, u, c, d];
}
function Bn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function ji({ pos: e, x1: t, y1: n, x2: o, y2: i, c: a }) {
  let r, s;
  switch (e) {
    case fe.Left:
      r = t - Bn(t - o, a), s = n;
      break;
    case fe.Right:
      r = t + Bn(o - t, a), s = n;
      break;
    case fe.Top:
      r = t, s = n - Bn(n - i, a);
      break;
    case fe.Bottom:
      r = t, s = n + Bn(i - n, a);
      break;
  }
  return [r, s];
}
function Sr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = fe.Top,
    curvature: s = 0.25
  } = e, [l, u] = ji({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: a,
    c: s
  }), [c, d] = ji({
    pos: r,
    x1: i,
    y1: a,
    x2: t,
    y2: n,
    c: s
  }), [h, v, k, p] = _r({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: a,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${l},${u} ${c},${d} ${i},${a}`,
    h,
    v,
    k,
    p
  ];
}
function Ji({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
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
function $r(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = fe.Top
  } = e, [s, l] = Ji({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: a
  }), [u, c] = Ji({
    pos: r,
    x1: i,
    y1: a,
    x2: t,
    y2: n
  }), [d, h, v, k] = _r({
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
    d,
    h,
    v,
    k
  ];
}
const Qi = {
  [fe.Left]: { x: -1, y: 0 },
  [fe.Right]: { x: 1, y: 0 },
  [fe.Top]: { x: 0, y: -1 },
  [fe.Bottom]: { x: 0, y: 1 }
};
function nf({
  source: e,
  sourcePosition: t = fe.Bottom,
  target: n
}) {
  return t === fe.Left || t === fe.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function ea(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function of({
  source: e,
  sourcePosition: t = fe.Bottom,
  target: n,
  targetPosition: o = fe.Top,
  center: i,
  offset: a
}) {
  const r = Qi[t], s = Qi[o], l = { x: e.x + r.x * a, y: e.y + r.y * a }, u = { x: n.x + s.x * a, y: n.y + s.y * a }, c = nf({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", h = c[d];
  let v, k, p;
  const x = { x: 0, y: 0 }, _ = { x: 0, y: 0 }, [I, y, m, T] = kr({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (r[d] * s[d] === -1) {
    k = i.x ?? I, p = i.y ?? y;
    const L = [
      { x: k, y: l.y },
      { x: k, y: u.y }
    ], B = [
      { x: l.x, y: p },
      { x: u.x, y: p }
    ];
    r[d] === h ? v = d === "x" ? L : B : v = d === "x" ? B : L;
  } else {
    const L = [{ x: l.x, y: u.y }], B = [{ x: u.x, y: l.y }];
    if (d === "x" ? v = r.x === h ? B : L : v = r.y === h ? L : B, t === o) {
      const se = Math.abs(e[d] - n[d]);
      if (se <= a) {
        const E = Math.min(a - 1, a - se);
        r[d] === h ? x[d] = (l[d] > e[d] ? -1 : 1) * E : _[d] = (u[d] > n[d] ? -1 : 1) * E;
      }
    }
    if (t !== o) {
      const se = d === "x" ? "y" : "x", E = r[d] === s[se], Y = l[se] > u[se], P = l[se] < u[se];
      (r[d] === 1 && (!E && Y || E && P) || r[d] !== 1 && (!E && P || E && Y)) && (v = d === "x" ? L : B);
    }
    const ne = { x: l.x + x.x, y: l.y + x.y }, J = { x: u.x + _.x, y: u.y + _.y }, Z = Math.max(Math.abs(ne.x - v[0].x), Math.abs(J.x - v[0].x)), C = Math.max(Math.abs(ne.y - v[0].y), Math.abs(J.y - v[0].y));
    Z >= C ? (k = (ne.x + J.x) / 2, p = v[0].y) : (k = v[0].x, p = (ne.y + J.y) / 2);
  }
  return [[
    e,
    { x: l.x + x.x, y: l.y + x.y },
    ...v,
    { x: u.x + _.x, y: u.y + _.y },
    n
  ], k, p, m, T];
}
function af(e, t, n, o) {
  const i = Math.min(ea(e, t) / 2, ea(t, n) / 2, o), { x: a, y: r } = t;
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
  } = e, [d, h, v, k, p] = of({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: a },
    targetPosition: r,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((_, I, y) => {
    let m;
    return y > 0 && y < d.length - 1 ? m = af(d[y - 1], I, d[y + 1], s) : m = `${y === 0 ? "M" : "L"}${I.x} ${I.y}`, _ += m, _;
  }, ""), h, v, k, p];
}
function rf(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [a, r, s, l] = kr({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, a, r, s, l];
}
const sf = Xe({
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
      return Oe(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), lf = sf, uf = Xe({
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
}), Er = uf, cf = Xe({
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
    return () => Oe(Er, { ...e, ...t, borderRadius: 0 });
  }
}), df = cf, ff = Xe({
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
      const [n, o, i] = Sr({
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
}), hf = ff, vf = Xe({
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
      const [n, o, i] = $r({
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
}), mf = vf, pf = {
  input: Ud,
  default: qd,
  output: Gd
}, gf = {
  default: hf,
  straight: lf,
  step: df,
  smoothstep: Er,
  simplebezier: mf
};
function yf(e, t, n) {
  const o = ee(() => (p) => t.value.get(p)), i = ee(() => (p) => n.value.get(p)), a = ee(() => {
    const p = {
      ...gf,
      ...e.edgeTypes
    }, x = Object.keys(p);
    for (const _ of e.edges)
      _.type && !x.includes(_.type) && (p[_.type] = _.type);
    return p;
  }), r = ee(() => {
    const p = {
      ...pf,
      ...e.nodeTypes
    }, x = Object.keys(p);
    for (const _ of e.nodes)
      _.type && !x.includes(_.type) && (p[_.type] = _.type);
    return p;
  }), s = ee(() => e.onlyRenderVisibleElements ? sr(
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
      const p = [];
      for (const x of e.edges) {
        const _ = t.value.get(x.source), I = t.value.get(x.target);
        vd({
          sourcePos: _.computedPosition || { x: 0, y: 0 },
          targetPos: I.computedPosition || { x: 0, y: 0 },
          sourceWidth: _.dimensions.width,
          sourceHeight: _.dimensions.height,
          targetWidth: I.dimensions.width,
          targetHeight: I.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && p.push(x);
      }
      return p;
    }
    return e.edges;
  }), u = ee(() => [...s.value, ...l.value]), c = ee(() => {
    const p = [];
    for (const x of e.nodes)
      x.selected && p.push(x);
    return p;
  }), d = ee(() => {
    const p = [];
    for (const x of e.edges)
      x.selected && p.push(x);
    return p;
  }), h = ee(() => [
    ...c.value,
    ...d.value
  ]), v = ee(() => {
    const p = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && p.push(x);
    return p;
  }), k = ee(
    () => s.value.length > 0 && v.value.length === s.value.length
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
    getSelectedEdges: d,
    getNodesInitialized: v,
    areNodesInitialized: k
  };
}
class Tt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = nn()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Tt.instance;
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
    const o = br(), i = vn(o), a = {};
    for (const [h, v] of Object.entries(i.hooks)) {
      const k = `on${h.charAt(0).toUpperCase() + h.slice(1)}`;
      a[k] = v.on;
    }
    const r = {};
    for (const [h, v] of Object.entries(i.hooks))
      r[h] = v.trigger;
    const s = ee(() => {
      const h = /* @__PURE__ */ new Map();
      for (const v of i.nodes)
        h.set(v.id, v);
      return h;
    }), l = ee(() => {
      const h = /* @__PURE__ */ new Map();
      for (const v of i.edges)
        h.set(v.id, v);
      return h;
    }), u = yf(i, s, l), c = Fd(i, s, l);
    c.setState({ ...i, ...n });
    const d = {
      ...a,
      ...u,
      ...c,
      ...us(i),
      nodeLookup: s,
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
function Ye(e) {
  const t = Tt.getInstance(), n = ya(), o = typeof e == "object", i = o ? e : { id: e }, a = i.id, r = a ?? (n == null ? void 0 : n.vueFlowId);
  let s;
  if (n) {
    const l = Ct(Zi, null);
    typeof l < "u" && l !== null && (!r || l.id === r) && (s = l);
  }
  if (s || r && (s = t.get(r)), !s || r && s.id !== r) {
    const l = a ?? t.getId(), u = t.create(l, i);
    s = u, (n ?? wa(!0)).run(() => {
      Ee(
        u.applyDefault,
        (d, h, v) => {
          const k = (x) => {
            u.applyNodeChanges(x);
          }, p = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(k), u.onEdgesChange(p)) : (u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(p)), v(() => {
            u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(p);
          });
        },
        { immediate: !0 }
      ), pn(() => {
        if (s) {
          const d = t.get(s.id);
          d ? d.$destroy() : Mn(`No store instance found for id ${s.id} in storage.`);
        }
      });
    });
  } else
    o && s.setState(i);
  if (n && (Ot(Zi, s), n.vueFlowId = s.id), o) {
    const l = nn();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && s.emits.error(new Ke(We.USEVUEFLOW_OPTIONS));
  }
  return s;
}
function wf(e) {
  const { emits: t, dimensions: n } = Ye();
  let o;
  nt(() => {
    const i = () => {
      var a, r;
      if (!e.value || !(((r = (a = e.value).checkVisibility) == null ? void 0 : r.call(a)) ?? !0))
        return;
      const s = fo(e.value);
      (s.width === 0 || s.height === 0) && t.error(new Ke(We.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: s.width || 500, height: s.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Vt(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const xf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, bf = /* @__PURE__ */ Xe({
  ...xf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (M(), A("div", {
      class: "vue-flow__selection vue-flow__container",
      style: ze({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), kf = ["tabIndex"], _f = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Sf = /* @__PURE__ */ Xe({
  ..._f,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: a, userSelectionActive: r } = Ye(), s = xr(), l = ye(null), u = pr({
      el: l,
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
    nt(() => {
      var k;
      a.value || (k = l.value) == null || k.focus({ preventScroll: !0 });
    });
    const c = ee(() => rr(o.value)), d = ee(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function h(k) {
      t.selectionContextMenu({ event: k, nodes: o.value });
    }
    function v(k) {
      a.value || Wt[k.key] && (k.preventDefault(), s(
        {
          x: Wt[k.key].x,
          y: Wt[k.key].y
        },
        k.shiftKey
      ));
    }
    return (k, p) => !X(r) && c.value.width && c.value.height ? (M(), A("div", {
      key: 0,
      class: Re(["vue-flow__nodesselection vue-flow__container", X(i)]),
      style: ze({ transform: `translate(${X(n).x}px,${X(n).y}px) scale(${X(n).zoom})` })
    }, [
      $("div", {
        ref_key: "el",
        ref: l,
        class: Re([{ dragging: X(u) }, "vue-flow__nodesselection-rect"]),
        style: ze(d.value),
        tabIndex: X(a) ? void 0 : -1,
        onContextmenu: h,
        onKeydown: v
      }, null, 46, kf)
    ], 6)) : re("", !0);
  }
});
function $f(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const Ef = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, Nf = /* @__PURE__ */ Xe({
  ...Ef,
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
      getSelectedNodes: d,
      removeNodes: h,
      removeEdges: v,
      selectionMode: k,
      deleteKeyCode: p,
      multiSelectionKeyCode: x,
      multiSelectionActive: _,
      edgeLookup: I,
      nodeLookup: y,
      connectionLookup: m,
      defaultEdgeOptions: T,
      connectionStartHandle: O,
      panOnDrag: L
    } = Ye(), B = $t(null), ne = $t(/* @__PURE__ */ new Set()), J = $t(/* @__PURE__ */ new Set()), Z = $t(null), C = Ve(() => l.value && (e.isSelecting || a.value)), se = Ve(() => O.value !== null);
    let E = !1, Y = !1;
    const P = hn(p, { actInsideInputWithModifier: !1 }), W = hn(x);
    Ee(P, (ae) => {
      ae && (h(d.value), v(c.value), u.value = !1);
    }), Ee(W, (ae) => {
      _.value = ae;
    });
    function D(ae, Q) {
      return (ie) => {
        ie.target === Q && (ae == null || ae(ie));
      };
    }
    function z(ae) {
      if (E || se.value) {
        E = !1;
        return;
      }
      i.paneClick(ae), r(), u.value = !1;
    }
    function F(ae) {
      var Q;
      if (Array.isArray(L.value) && ((Q = L.value) != null && Q.includes(2))) {
        ae.preventDefault();
        return;
      }
      i.paneContextMenu(ae);
    }
    function te(ae) {
      i.paneScroll(ae);
    }
    function le(ae) {
      var Q, ie, Me;
      if (Z.value = ((Q = t.value) == null ? void 0 : Q.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || ae.button !== 0 || ae.target !== B.value || !Z.value)
        return;
      (Me = (ie = ae.target) == null ? void 0 : ie.setPointerCapture) == null || Me.call(ie, ae.pointerId);
      const { x: Te, y: we } = $f(ae, Z.value);
      Y = !0, E = !1, r(), s.value = {
        width: 0,
        height: 0,
        startX: Te,
        startY: we,
        x: Te,
        y: we
      }, i.selectionStart(ae);
    }
    function he(ae) {
      var Q;
      if (!Z.value || !s.value)
        return;
      E = !0;
      const { x: ie, y: Me } = ct(ae, Z.value), { startX: Te = 0, startY: we = 0 } = s.value, Ie = {
        startX: Te,
        startY: we,
        x: ie < Te ? ie : Te,
        y: Me < we ? Me : we,
        width: Math.abs(ie - Te),
        height: Math.abs(Me - we)
      }, pe = ne.value, ge = J.value;
      ne.value = new Set(
        sr(n.value, Ie, o.value, k.value === si.Partial, !0).map(
          (b) => b.id
        )
      ), J.value = /* @__PURE__ */ new Set();
      const S = ((Q = T.value) == null ? void 0 : Q.selectable) ?? !0;
      for (const b of ne.value) {
        const f = m.value.get(b);
        if (f)
          for (const { edgeId: g } of f.values()) {
            const w = I.value.get(g);
            w && (w.selectable ?? S) && J.value.add(g);
          }
      }
      if (!Ki(pe, ne.value)) {
        const b = St(y.value, ne.value, !0);
        i.nodesChange(b);
      }
      if (!Ki(ge, J.value)) {
        const b = St(I.value, J.value);
        i.edgesChange(b);
      }
      s.value = Ie, a.value = !0, u.value = !1;
    }
    function me(ae) {
      var Q;
      ae.button !== 0 || !Y || ((Q = ae.target) == null || Q.releasePointerCapture(ae.pointerId), !a.value && s.value && ae.target === B.value && z(ae), a.value = !1, s.value = null, u.value = ne.value.size > 0, i.selectionEnd(ae), e.selectionKeyPressed && (E = !1), Y = !1);
    }
    return (ae, Q) => (M(), A("div", {
      ref_key: "container",
      ref: B,
      class: Re(["vue-flow__pane vue-flow__container", { selection: ae.isSelecting }]),
      onClick: Q[0] || (Q[0] = (ie) => C.value ? void 0 : D(z, B.value)(ie)),
      onContextmenu: Q[1] || (Q[1] = (ie) => D(F, B.value)(ie)),
      onWheelPassive: Q[2] || (Q[2] = (ie) => D(te, B.value)(ie)),
      onPointerenter: Q[3] || (Q[3] = (ie) => C.value ? void 0 : X(i).paneMouseEnter(ie)),
      onPointerdown: Q[4] || (Q[4] = (ie) => C.value ? le(ie) : X(i).paneMouseMove(ie)),
      onPointermove: Q[5] || (Q[5] = (ie) => C.value ? he(ie) : X(i).paneMouseMove(ie)),
      onPointerup: Q[6] || (Q[6] = (ie) => C.value ? me(ie) : void 0),
      onPointerleave: Q[7] || (Q[7] = (ie) => X(i).paneMouseLeave(ie))
    }, [
      Ze(ae.$slots, "default"),
      X(a) && X(s) ? (M(), He(bf, {
        key: 0,
        "user-selection-rect": X(s)
      }, null, 8, ["user-selection-rect"])) : re("", !0),
      X(u) && X(d).length ? (M(), He(Sf, { key: 1 })) : re("", !0)
    ], 34));
  }
}), Mf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Cf = /* @__PURE__ */ Xe({
  ...Mf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ye(), i = ee(() => n.value ? !o.value : !1), a = ee(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (r, s) => (M(), A("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: ze({ transform: a.value, opacity: i.value ? 0 : void 0 })
    }, [
      Ze(r.$slots, "default")
    ], 4));
  }
}), If = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Tf = /* @__PURE__ */ Xe({
  ...If,
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
      panOnDrag: d,
      zoomOnDoubleClick: h,
      zoomOnPinch: v,
      zoomOnScroll: k,
      preventScrolling: p,
      noWheelClassName: x,
      noPanClassName: _,
      emits: I,
      connectionStartHandle: y,
      userSelectionActive: m,
      paneDragging: T,
      d3Zoom: O,
      d3Selection: L,
      d3ZoomHandler: B,
      viewport: ne,
      viewportRef: J,
      paneClickDistance: Z
    } = Ye();
    wf(J);
    const C = $t(!1), se = $t(!1);
    let E = null, Y = !1, P = 0, W = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const D = hn(s), z = hn(r), F = hn(a), te = Ve(
      () => (!z.value || z.value && r.value === !0) && (D.value || d.value)
    ), le = Ve(() => D.value || l.value), he = Ve(() => r.value === !0 && te.value !== !0), me = Ve(
      () => z.value && r.value !== !0 || m.value || he.value
    ), ae = Ve(() => y.value !== null);
    nt(() => {
      if (!J.value) {
        Mn("Viewport element is missing");
        return;
      }
      const we = J.value, Ie = we.getBoundingClientRect(), pe = Uc().clickDistance(Z.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ge = at(we).call(pe), S = ge.on("wheel.zoom"), b = Qt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(xt(o.value.zoom ?? 1, t.value, n.value)), f = [
        [0, 0],
        [Ie.width, Ie.height]
      ], g = pe.constrain()(b, f, i.value);
      pe.transform(ge, g), pe.wheelDelta(Di), O.value = pe, L.value = ge, B.value = S, ne.value = { x: g.x, y: g.y, zoom: g.k }, pe.on("start", (w) => {
        var V;
        if (!w.sourceEvent)
          return null;
        P = w.sourceEvent.button, C.value = !0;
        const H = Me(w.transform);
        ((V = w.sourceEvent) == null ? void 0 : V.type) === "mousedown" && (T.value = !0), W = H, I.viewportChangeStart(H), I.moveStart({ event: w, flowTransform: H });
      }), pe.on("end", (w) => {
        if (!w.sourceEvent)
          return null;
        if (C.value = !1, T.value = !1, Q(te.value, P ?? 0) && !Y && I.paneContextMenu(w.sourceEvent), Y = !1, ie(W, w.transform)) {
          const V = Me(w.transform);
          W = V, I.viewportChangeEnd(V), I.moveEnd({ event: w, flowTransform: V });
        }
      }), pe.filter((w) => {
        var V;
        const H = F.value || k.value, q = v.value && w.ctrlKey, K = w.button, U = w.type === "wheel";
        if (K === 1 && w.type === "mousedown" && (Te(w, "vue-flow__node") || Te(w, "vue-flow__edge")))
          return !0;
        if (!te.value && !H && !le.value && !h.value && !v.value || m.value || ae.value && !U || !h.value && w.type === "dblclick" || Te(w, x.value) && U || Te(w, _.value) && (!U || le.value && U && !F.value) || !v.value && w.ctrlKey && U || !H && !le.value && !q && U)
          return !1;
        if (!v && w.type === "touchstart" && ((V = w.touches) == null ? void 0 : V.length) > 1)
          return w.preventDefault(), !1;
        if (!te.value && (w.type === "mousedown" || w.type === "touchstart") || he.value && Array.isArray(d.value) && d.value.includes(0) && K === 0 || Array.isArray(d.value) && !d.value.includes(K) && (w.type === "mousedown" || w.type === "touchstart"))
          return !1;
        const oe = Array.isArray(d.value) && d.value.includes(K) || r.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !K || K <= 1;
        return (!w.ctrlKey || D.value || U) && oe;
      }), Ee(
        [m, te],
        () => {
          m.value && !C.value ? pe.on("zoom", null) : m.value || pe.on("zoom", (w) => {
            ne.value = { x: w.transform.x, y: w.transform.y, zoom: w.transform.k };
            const V = Me(w.transform);
            Y = Q(te.value, P ?? 0), I.viewportChange(V), I.move({ event: w, flowTransform: V });
          });
        },
        { immediate: !0 }
      ), Ee(
        [m, le, u, F, v, p, x],
        () => {
          le.value && !F.value && !m.value ? ge.on(
            "wheel.zoom",
            (w) => {
              if (Te(w, x.value))
                return !1;
              const V = F.value || k.value, H = v.value && w.ctrlKey;
              if (!(!p.value || le.value || V || H))
                return !1;
              w.preventDefault(), w.stopImmediatePropagation();
              const K = ge.property("__zoom").k || 1, U = io();
              if (!D.value && w.ctrlKey && v.value && U) {
                const De = lt(w), Le = Di(w), ot = K * 2 ** Le;
                pe.scaleTo(ge, ot, De, w);
                return;
              }
              const oe = w.deltaMode === 1 ? 20 : 1;
              let ue = u.value === fn.Vertical ? 0 : w.deltaX * oe, xe = u.value === fn.Horizontal ? 0 : w.deltaY * oe;
              !U && w.shiftKey && u.value !== fn.Vertical && !ue && xe && (ue = xe, xe = 0), pe.translateBy(
                ge,
                -(ue / K) * c.value,
                -(xe / K) * c.value
              );
              const be = Me(ge.property("__zoom"));
              E && clearTimeout(E), se.value ? (I.move({ event: w, flowTransform: be }), I.viewportChange(be), E = setTimeout(() => {
                I.moveEnd({ event: w, flowTransform: be }), I.viewportChangeEnd(be), se.value = !1;
              }, 150)) : (se.value = !0, I.moveStart({ event: w, flowTransform: be }), I.viewportChangeStart(be));
            },
            { passive: !1 }
          ) : typeof S < "u" && ge.on(
            "wheel.zoom",
            function(w, V) {
              const H = !p.value && w.type === "wheel" && !w.ctrlKey, q = F.value || k.value, K = v.value && w.ctrlKey;
              if (!q && !l.value && !K && w.type === "wheel" || H || Te(w, x.value))
                return null;
              w.preventDefault(), S.call(this, w, V);
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
    function Me(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Te(we, Ie) {
      return we.target.closest(`.${Ie}`);
    }
    return (we, Ie) => (M(), A("div", {
      ref_key: "viewportRef",
      ref: J,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      de(Nf, {
        "is-selecting": me.value,
        "selection-key-pressed": X(z),
        class: Re({
          connecting: ae.value,
          dragging: X(T),
          draggable: X(d) === !0 || Array.isArray(X(d)) && X(d).includes(0)
        })
      }, {
        default: qe(() => [
          de(Cf, null, {
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
}), Pf = ["id"], Af = ["id"], zf = ["id"], Df = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Of = /* @__PURE__ */ Xe({
  ...Df,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ye();
    return (i, a) => (M(), A($e, null, [
      $("div", {
        id: `${X(Ja)}-${X(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + G(X(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Pf),
      $("div", {
        id: `${X(Qa)}-${X(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Af),
      X(n) ? re("", !0) : (M(), A("div", {
        key: 0,
        id: `${X(Qc)}-${X(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, G(X(o)), 9, zf))
    ], 64));
  }
});
function Rf() {
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
function Bf(e, t, n) {
  return n === fe.Left ? e - t : n === fe.Right ? e + t : e;
}
function Lf(e, t, n) {
  return n === fe.Top ? e - t : n === fe.Bottom ? e + t : e;
}
const di = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = fe.Top,
  type: i
}) {
  return Oe("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Bf(t, e, o),
    cy: Lf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
di.props = ["radius", "centerX", "centerY", "position", "type"];
di.compatConfig = { MODE: 3 };
const ta = di, Vf = Xe({
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
      findNode: d,
      isValidConnection: h,
      multiSelectionActive: v,
      disableKeyboardA11y: k,
      elementsSelectable: p,
      edgesUpdatable: x,
      edgesFocusable: _,
      hooks: I
    } = Ye(), y = ee(() => c(e.id)), { emit: m, on: T } = Id(y.value, a), O = Ct(vo), L = nn(), B = ye(!1), ne = ye(!1), J = ye(""), Z = ye(null), C = ye("source"), se = ye(null), E = Ve(
      () => typeof y.value.selectable > "u" ? p.value : y.value.selectable
    ), Y = Ve(() => typeof y.value.updatable > "u" ? x.value : y.value.updatable), P = Ve(() => typeof y.value.focusable > "u" ? _.value : y.value.focusable);
    Ot(Nd, e.id), Ot(Md, se);
    const W = ee(() => y.value.class instanceof Function ? y.value.class(y.value) : y.value.class), D = ee(() => y.value.style instanceof Function ? y.value.style(y.value) : y.value.style), z = ee(() => {
      const b = y.value.type || "default", f = O == null ? void 0 : O[`edge-${b}`];
      if (f)
        return f;
      let g = y.value.template ?? l.value[b];
      if (typeof g == "string" && L) {
        const w = Object.keys(L.appContext.components);
        w && w.includes(b) && (g = xa(b, !1));
      }
      return g && typeof g != "string" ? g : (a.error(new Ke(We.EDGE_TYPE_MISSING, g)), !1);
    }), { handlePointerDown: F } = yr({
      nodeId: J,
      handleId: Z,
      type: C,
      isValidConnection: h,
      edgeUpdaterType: C,
      onEdgeUpdate: he,
      onEdgeUpdateEnd: me
    });
    return () => {
      const b = d(y.value.source), f = d(y.value.target), g = "pathOptions" in y.value ? y.value.pathOptions : {};
      if (!b && !f)
        return a.error(new Ke(We.EDGE_SOURCE_TARGET_MISSING, y.value.id, y.value.source, y.value.target)), null;
      if (!b)
        return a.error(new Ke(We.EDGE_SOURCE_MISSING, y.value.id, y.value.source)), null;
      if (!f)
        return a.error(new Ke(We.EDGE_TARGET_MISSING, y.value.id, y.value.target)), null;
      if (!y.value || y.value.hidden || b.hidden || f.hidden)
        return null;
      let w;
      o.value === Nt.Strict ? w = b.handleBounds.source : w = [...b.handleBounds.source || [], ...b.handleBounds.target || []];
      const V = Yi(w, y.value.sourceHandle);
      let H;
      o.value === Nt.Strict ? H = f.handleBounds.target : H = [...f.handleBounds.target || [], ...f.handleBounds.source || []];
      const q = Yi(H, y.value.targetHandle), K = (V == null ? void 0 : V.position) || fe.Bottom, U = (q == null ? void 0 : q.position) || fe.Top, { x: oe, y: ue } = en(b, V, K), { x: xe, y: be } = en(f, q, U);
      return y.value.sourceX = oe, y.value.sourceY = ue, y.value.targetX = xe, y.value.targetY = be, Oe(
        "g",
        {
          ref: se,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${z.value === !1 ? "default" : y.value.type || "default"}`,
            s.value,
            W.value,
            {
              updating: B.value,
              selected: y.value.selected,
              animated: y.value.animated,
              inactive: !E.value && !I.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: P.value ? 0 : void 0,
          "aria-label": y.value.ariaLabel === null ? void 0 : y.value.ariaLabel ?? `Edge from ${y.value.source} to ${y.value.target}`,
          "aria-describedby": P.value ? `${Qa}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: P.value ? "group" : "img",
          ...y.value.domAttributes,
          onClick: Q,
          onContextmenu: ie,
          onDblclick: Me,
          onMouseenter: Te,
          onMousemove: we,
          onMouseleave: Ie,
          onKeyDown: P.value ? S : void 0
        },
        [
          ne.value ? null : Oe(z.value === !1 ? l.value.default : z.value, {
            id: e.id,
            sourceNode: b,
            targetNode: f,
            source: y.value.source,
            target: y.value.target,
            type: y.value.type,
            updatable: Y.value,
            selected: y.value.selected,
            animated: y.value.animated,
            label: y.value.label,
            labelStyle: y.value.labelStyle,
            labelShowBg: y.value.labelShowBg,
            labelBgStyle: y.value.labelBgStyle,
            labelBgPadding: y.value.labelBgPadding,
            labelBgBorderRadius: y.value.labelBgBorderRadius,
            data: y.value.data,
            events: { ...y.value.events, ...T },
            style: D.value,
            markerStart: `url('#${_n(y.value.markerStart, t)}')`,
            markerEnd: `url('#${_n(y.value.markerEnd, t)}')`,
            sourcePosition: K,
            targetPosition: U,
            sourceX: oe,
            sourceY: ue,
            targetX: xe,
            targetY: be,
            sourceHandleId: y.value.sourceHandle,
            targetHandleId: y.value.targetHandle,
            interactionWidth: y.value.interactionWidth,
            ...g
          }),
          [
            Y.value === "source" || Y.value === !0 ? [
              Oe(
                "g",
                {
                  onMousedown: pe,
                  onMouseenter: te,
                  onMouseout: le
                },
                Oe(ta, {
                  position: K,
                  centerX: oe,
                  centerY: ue,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            Y.value === "target" || Y.value === !0 ? [
              Oe(
                "g",
                {
                  onMousedown: ge,
                  onMouseenter: te,
                  onMouseout: le
                },
                Oe(ta, {
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
      B.value = !0;
    }
    function le() {
      B.value = !1;
    }
    function he(b, f) {
      m.update({ event: b, edge: y.value, connection: f });
    }
    function me(b) {
      m.updateEnd({ event: b, edge: y.value }), ne.value = !1;
    }
    function ae(b, f) {
      b.button === 0 && (ne.value = !0, J.value = f ? y.value.target : y.value.source, Z.value = (f ? y.value.targetHandle : y.value.sourceHandle) ?? null, C.value = f ? "target" : "source", m.updateStart({ event: b, edge: y.value }), F(b));
    }
    function Q(b) {
      var f;
      const g = { event: b, edge: y.value };
      E.value && (r.value = !1, y.value.selected && v.value ? (u([y.value]), (f = se.value) == null || f.blur()) : n([y.value])), m.click(g);
    }
    function ie(b) {
      m.contextMenu({ event: b, edge: y.value });
    }
    function Me(b) {
      m.doubleClick({ event: b, edge: y.value });
    }
    function Te(b) {
      m.mouseEnter({ event: b, edge: y.value });
    }
    function we(b) {
      m.mouseMove({ event: b, edge: y.value });
    }
    function Ie(b) {
      m.mouseLeave({ event: b, edge: y.value });
    }
    function pe(b) {
      ae(b, !0);
    }
    function ge(b) {
      ae(b, !1);
    }
    function S(b) {
      var f;
      !k.value && er.includes(b.key) && E.value && (b.key === "Escape" ? ((f = se.value) == null || f.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Hf = Vf, Ff = Xe({
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
      findNode: d
    } = Ye(), h = (e = Ct(vo)) == null ? void 0 : e["connection-line"], v = ee(() => {
      var I;
      return d((I = o.value) == null ? void 0 : I.nodeId);
    }), k = ee(() => {
      var I;
      return d((I = i.value) == null ? void 0 : I.nodeId) ?? null;
    }), p = ee(() => ({
      x: (a.value.x - c.value.x) / c.value.zoom,
      y: (a.value.y - c.value.y) / c.value.zoom
    })), x = ee(
      () => l.value.markerStart ? `url(#${_n(l.value.markerStart, t)})` : ""
    ), _ = ee(
      () => l.value.markerEnd ? `url(#${_n(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var I, y, m;
      if (!v.value || !o.value)
        return null;
      const T = o.value.id, O = o.value.type, L = v.value.handleBounds;
      let B = (L == null ? void 0 : L[O]) ?? [];
      if (n.value === Nt.Loose) {
        const D = (L == null ? void 0 : L[O === "source" ? "target" : "source"]) ?? [];
        B = [...B, ...D];
      }
      if (!B)
        return null;
      const ne = (T ? B.find((D) => D.id === T) : B[0]) ?? null, J = (ne == null ? void 0 : ne.position) ?? fe.Top, { x: Z, y: C } = en(v.value, ne, J);
      let se = null;
      k.value && (n.value === Nt.Strict ? se = ((I = k.value.handleBounds[O === "source" ? "target" : "source"]) == null ? void 0 : I.find(
        (D) => {
          var z;
          return D.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null : se = ((y = [...k.value.handleBounds.source ?? [], ...k.value.handleBounds.target ?? []]) == null ? void 0 : y.find(
        (D) => {
          var z;
          return D.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null);
      const E = ((m = i.value) == null ? void 0 : m.position) ?? (J ? qo[J] : null);
      if (!J || !E)
        return null;
      const Y = r.value ?? l.value.type ?? It.Bezier;
      let P = "";
      const W = {
        sourceX: Z,
        sourceY: C,
        sourcePosition: J,
        targetX: p.value.x,
        targetY: p.value.y,
        targetPosition: E
      };
      return Y === It.Bezier ? [P] = Sr(W) : Y === It.Step ? [P] = Uo({
        ...W,
        borderRadius: 0
      }) : Y === It.SmoothStep ? [P] = Uo(W) : Y === It.SimpleBezier ? [P] = $r(W) : P = `M${Z},${C} ${p.value.x},${p.value.y}`, Oe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Oe(
          "g",
          { class: "vue-flow__connection" },
          h ? Oe(h, {
            sourceX: Z,
            sourceY: C,
            sourcePosition: J,
            targetX: p.value.x,
            targetY: p.value.y,
            targetPosition: E,
            sourceNode: v.value,
            sourceHandle: ne,
            targetNode: k.value,
            targetHandle: se,
            markerEnd: _.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : Oe("path", {
            d: P,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...s.value,
              ...l.value.style
            },
            "marker-end": _.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), Yf = Ff, Xf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], qf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Gf = /* @__PURE__ */ Xe({
  ...qf,
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
    return (t, n) => (M(), A("marker", {
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
      t.type === X(Yo).ArrowClosed ? (M(), A("polyline", {
        key: 0,
        style: ze({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : re("", !0),
      t.type === X(Yo).Arrow ? (M(), A("polyline", {
        key: 1,
        style: ze({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : re("", !0)
    ], 8, Xf));
  }
}), Uf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Wf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Kf = /* @__PURE__ */ Xe({
  ...Wf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Ye(), a = ee(() => {
      const r = /* @__PURE__ */ new Set(), s = [], l = (u) => {
        if (u) {
          const c = _n(u, t);
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
    return (r, s) => (M(), A("svg", Uf, [
      $("defs", null, [
        (M(!0), A($e, null, Fe(a.value, (l) => (M(), He(Gf, {
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
}), Zf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, jf = /* @__PURE__ */ Xe({
  ...Zf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ye();
    return (i, a) => (M(), A($e, null, [
      de(Kf),
      (M(!0), A($e, null, Fe(X(n), (r) => (M(), A("svg", {
        key: r.id,
        class: "vue-flow__edges vue-flow__container",
        style: ze({ zIndex: X(md)(r, X(t), X(o)) })
      }, [
        de(X(Hf), {
          id: r.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      de(X(Yf))
    ], 64));
  }
}), Jf = Xe({
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
      getNodeTypes: d,
      nodeExtent: h,
      elevateNodesOnSelect: v,
      disableKeyboardA11y: k,
      ariaLiveMessage: p,
      snapToGrid: x,
      snapGrid: _,
      nodeDragThreshold: I,
      nodesDraggable: y,
      elementsSelectable: m,
      nodesConnectable: T,
      nodesFocusable: O,
      hooks: L
    } = Ye(), B = ye(null);
    Ot(mr, B), Ot(ci, e.id);
    const ne = Ct(vo), J = nn(), Z = xr(), { node: C, parentNode: se } = wr(e.id), { emit: E, on: Y } = Ad(C, r), P = Ve(() => typeof C.draggable > "u" ? y.value : C.draggable), W = Ve(() => typeof C.selectable > "u" ? m.value : C.selectable), D = Ve(() => typeof C.connectable > "u" ? T.value : C.connectable), z = Ve(() => typeof C.focusable > "u" ? O.value : C.focusable), F = ee(
      () => W.value || P.value || L.value.nodeClick.hasListeners() || L.value.nodeDoubleClick.hasListeners() || L.value.nodeMouseEnter.hasListeners() || L.value.nodeMouseMove.hasListeners() || L.value.nodeMouseLeave.hasListeners()
    ), te = Ve(() => !!C.dimensions.width && !!C.dimensions.height), le = ee(() => {
      const f = C.type || "default", g = ne == null ? void 0 : ne[`node-${f}`];
      if (g)
        return g;
      let w = C.template || d.value[f];
      if (typeof w == "string" && J) {
        const V = Object.keys(J.appContext.components);
        V && V.includes(f) && (w = xa(f, !1));
      }
      return w && typeof w != "string" ? w : (r.error(new Ke(We.NODE_TYPE_MISSING, w)), !1);
    }), he = pr({
      id: e.id,
      el: B,
      disabled: () => !P.value,
      selectable: W,
      dragHandle: () => C.dragHandle,
      onStart(f) {
        E.dragStart(f);
      },
      onDrag(f) {
        E.drag(f);
      },
      onStop(f) {
        E.dragStop(f);
      },
      onClick(f) {
        S(f);
      }
    }), me = ee(() => C.class instanceof Function ? C.class(C) : C.class), ae = ee(() => {
      const f = (C.style instanceof Function ? C.style(C) : C.style) || {}, g = C.width instanceof Function ? C.width(C) : C.width, w = C.height instanceof Function ? C.height(C) : C.height;
      return !f.width && g && (f.width = typeof g == "string" ? g : `${g}px`), !f.height && w && (f.height = typeof w == "string" ? w : `${w}px`), f;
    }), Q = Ve(() => Number(C.zIndex ?? ae.value.zIndex ?? 0));
    return c((f) => {
      (f.includes(e.id) || !f.length) && Me();
    }), nt(() => {
      Ee(
        () => C.hidden,
        (f = !1, g, w) => {
          !f && B.value && (e.resizeObserver.observe(B.value), w(() => {
            B.value && e.resizeObserver.unobserve(B.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Ee([() => C.type, () => C.sourcePosition, () => C.targetPosition], () => {
      je(() => {
        u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
      });
    }), Ee(
      [
        () => C.position.x,
        () => C.position.y,
        () => {
          var f;
          return (f = se.value) == null ? void 0 : f.computedPosition.x;
        },
        () => {
          var f;
          return (f = se.value) == null ? void 0 : f.computedPosition.y;
        },
        () => {
          var f;
          return (f = se.value) == null ? void 0 : f.computedPosition.z;
        },
        Q,
        () => C.selected,
        () => C.dimensions.height,
        () => C.dimensions.width,
        () => {
          var f;
          return (f = se.value) == null ? void 0 : f.dimensions.height;
        },
        () => {
          var f;
          return (f = se.value) == null ? void 0 : f.dimensions.width;
        }
      ],
      ([f, g, w, V, H, q]) => {
        const K = {
          x: f,
          y: g,
          z: q + (v.value && C.selected ? 1e3 : 0)
        };
        typeof w < "u" && typeof V < "u" ? C.computedPosition = ud({ x: w, y: V, z: H }, K) : C.computedPosition = K;
      },
      { flush: "post", immediate: !0 }
    ), Ee([() => C.extent, h], ([f, g], [w, V]) => {
      (f !== w || g !== V) && ie();
    }), C.extent === "parent" || typeof C.extent == "object" && "range" in C.extent && C.extent.range === "parent" ? zo(() => te).toBe(!0).then(ie) : ie(), () => C.hidden ? null : Oe(
      "div",
      {
        ref: B,
        "data-id": C.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${le.value === !1 ? "default" : C.type || "default"}`,
          {
            [n.value]: P.value,
            dragging: he == null ? void 0 : he.value,
            draggable: P.value,
            selected: C.selected,
            selectable: W.value,
            parent: C.isParent
          },
          me.value
        ],
        style: {
          visibility: te.value ? "visible" : "hidden",
          zIndex: C.computedPosition.z ?? Q.value,
          transform: `translate(${C.computedPosition.x}px,${C.computedPosition.y}px)`,
          pointerEvents: F.value ? "all" : "none",
          ...ae.value
        },
        tabIndex: z.value ? 0 : void 0,
        role: z.value ? "group" : void 0,
        "aria-describedby": k.value ? void 0 : `${Ja}-${t}`,
        "aria-label": C.ariaLabel,
        "aria-roledescription": "node",
        ...C.domAttributes,
        onMouseenter: Te,
        onMousemove: we,
        onMouseleave: Ie,
        onContextmenu: pe,
        onClick: S,
        onDblclick: ge,
        onKeydown: b
      },
      [
        Oe(le.value === !1 ? d.value.default : le.value, {
          id: C.id,
          type: C.type,
          data: C.data,
          events: { ...C.events, ...Y },
          selected: C.selected,
          resizing: C.resizing,
          dragging: he.value,
          connectable: D.value,
          position: C.computedPosition,
          dimensions: C.dimensions,
          isValidTargetPos: C.isValidTargetPos,
          isValidSourcePos: C.isValidSourcePos,
          parent: C.parentNode,
          parentNodeId: C.parentNode,
          zIndex: C.computedPosition.z ?? Q.value,
          targetPosition: C.targetPosition,
          sourcePosition: C.sourcePosition,
          label: C.label,
          dragHandle: C.dragHandle,
          onUpdateNodeInternals: Me
        })
      ]
    );
    function ie() {
      const f = C.computedPosition, { computedPosition: g, position: w } = li(
        C,
        x.value ? ho(f, _.value) : f,
        r.error,
        h.value,
        se.value
      );
      (C.computedPosition.x !== g.x || C.computedPosition.y !== g.y) && (C.computedPosition = { ...C.computedPosition, ...g }), (C.position.x !== w.x || C.position.y !== w.y) && (C.position = w);
    }
    function Me() {
      B.value && u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function Te(f) {
      he != null && he.value || E.mouseEnter({ event: f, node: C });
    }
    function we(f) {
      he != null && he.value || E.mouseMove({ event: f, node: C });
    }
    function Ie(f) {
      he != null && he.value || E.mouseLeave({ event: f, node: C });
    }
    function pe(f) {
      return E.contextMenu({ event: f, node: C });
    }
    function ge(f) {
      return E.doubleClick({ event: f, node: C });
    }
    function S(f) {
      W.value && (!o.value || !P.value || I.value > 0) && Go(
        C,
        a.value,
        l,
        s,
        i,
        !1,
        B.value
      ), E.click({ event: f, node: C });
    }
    function b(f) {
      if (!(Xo(f) || k.value))
        if (er.includes(f.key) && W.value) {
          const g = f.key === "Escape";
          Go(
            C,
            a.value,
            l,
            s,
            i,
            g,
            B.value
          );
        } else P.value && C.selected && Wt[f.key] && (f.preventDefault(), p.value = `Moved selected node ${f.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~C.position.x}, y: ${~~C.position.y}`, Z(
          {
            x: Wt[f.key].x,
            y: Wt[f.key].y
          },
          f.shiftKey
        ));
    }
  }
}), Qf = Jf;
function eh(e = { includeHiddenNodes: !1 }) {
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
const th = { class: "vue-flow__nodes vue-flow__container" }, nh = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, oh = /* @__PURE__ */ Xe({
  ...nh,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ye(), i = eh(), a = ye();
    return Ee(
      i,
      (r) => {
        r && je(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), nt(() => {
      a.value = new ResizeObserver((r) => {
        const s = r.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        je(() => n(s));
      });
    }), Vt(() => {
      var r;
      return (r = a.value) == null ? void 0 : r.disconnect();
    }), (r, s) => (M(), A("div", th, [
      a.value ? (M(!0), A($e, { key: 0 }, Fe(X(t), (l, u, c, d) => {
        const h = [l.id];
        if (d && d.key === l.id && Gr(d, h))
          return d;
        const v = (M(), He(X(Qf), {
          id: l.id,
          key: l.id,
          "resize-observer": a.value
        }, null, 8, ["id", "resize-observer"]));
        return v.memo = h, v;
      }, s, 0), 128)) : re("", !0)
    ]));
  }
});
function ih() {
  const { emits: e } = Ye();
  nt(() => {
    if (vr()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Ke(We.MISSING_STYLES));
    }
  });
}
const ah = /* @__PURE__ */ $("div", { class: "vue-flow__edge-labels" }, null, -1), rh = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, sh = /* @__PURE__ */ Xe({
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
    const o = e, i = Yr(), a = bo(o, "modelValue", n), r = bo(o, "nodes", n), s = bo(o, "edges", n), l = Ye(o), u = Rd({ modelValue: a, nodes: r, edges: s }, o, l);
    return Ld(n, l.hooks), Rf(), ih(), Ot(vo, i), Xr(u), t(l), (c, d) => (M(), A("div", {
      ref: X(l).vueFlowRef,
      class: "vue-flow"
    }, [
      de(Tf, null, {
        default: qe(() => [
          de(jf),
          ah,
          de(oh),
          Ze(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Ze(c.$slots, "default"),
      de(Of)
    ], 512));
  }
}), lh = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, na = /* @__PURE__ */ Xe({
  ...lh,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ye(), o = ee(() => `${t.position}`.split("-"));
    return (i, a) => (M(), A("div", {
      class: Re(["vue-flow__panel", o.value]),
      style: ze({ pointerEvents: X(n) ? "none" : "all" })
    }, [
      Ze(i.$slots, "default")
    ], 6));
  }
});
var yt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(yt || {});
const Nr = function({ dimensions: e, size: t, color: n }) {
  return Oe("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, Mr = function({ radius: e, color: t }) {
  return Oe("circle", { cx: e, cy: e, r: e, fill: t });
};
yt.Lines + "", yt.Dots + "";
const uh = {
  [yt.Dots]: "#81818a",
  [yt.Lines]: "#eee"
}, ch = ["id", "x", "y", "width", "height", "patternTransform"], dh = {
  key: 2,
  height: "100",
  width: "100"
}, fh = ["fill"], hh = ["x", "y", "fill"], vh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, mh = /* @__PURE__ */ Xe({
  ...vh,
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
      const r = n.value.zoom, [s, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [s * r || 1, l * r || 1], c = e.size * r, [d, h] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], v = [d * r || 1 + u[0] / 2, h * r || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: v,
        size: c
      };
    }), i = Ve(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), a = Ve(() => e.color || e.patternColor || uh[e.variant || yt.Dots]);
    return (r, s) => (M(), A("svg", {
      class: "vue-flow__background vue-flow__container",
      style: ze({
        height: `${r.height > 100 ? 100 : r.height}%`,
        width: `${r.width > 100 ? 100 : r.width}%`
      })
    }, [
      Ze(r.$slots, "pattern-container", { id: i.value }, () => [
        $("pattern", {
          id: i.value,
          x: X(n).x % o.value.scaledGap[0],
          y: X(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Ze(r.$slots, "pattern", {}, () => [
            r.variant === X(yt).Lines ? (M(), He(X(Nr), {
              key: 0,
              size: r.lineWidth,
              color: a.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : r.variant === X(yt).Dots ? (M(), He(X(Mr), {
              key: 1,
              color: a.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : re("", !0),
            r.bgColor ? (M(), A("svg", dh, [
              $("rect", {
                width: "100%",
                height: "100%",
                fill: r.bgColor
              }, null, 8, fh)
            ])) : re("", !0)
          ])
        ], 8, ch)
      ]),
      $("rect", {
        x: r.x,
        y: r.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, hh),
      Ze(r.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ph = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
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
const gh = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: a, class: r, ...s }, { slots: l }) => Oe(
  "svg",
  {
    ...Ln,
    width: e || Ln.width,
    height: e || Ln.height,
    stroke: o || Ln.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${ph(a ?? "icon")}`],
    ...s
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
  gh,
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
const yh = _e("AudioLinesIcon", [
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
const wh = _e("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const xh = _e("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const bh = _e("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const kh = _e("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const oa = _e("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const _h = _e("ClapperboardIcon", [
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
const Sh = _e("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const $h = _e("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Eh = _e("CpuIcon", [
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
const Nh = _e("DownloadIcon", [
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
const Mh = _e("FileTextIcon", [
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
const Ch = _e("FilmIcon", [
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
const Ih = _e("HistoryIcon", [
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
const Th = _e("ImageIcon", [
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
const Ph = _e("InfoIcon", [
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
const Ah = _e("LayersIcon", [
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
const zh = _e("Link2Icon", [
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
const Dh = _e("ListOrderedIcon", [
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
const Oh = _e("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Rh = _e("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Bh = _e("Maximize2Icon", [
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
const Lh = _e("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Vh = _e("MicIcon", [
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
const Hh = _e("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Fh = _e("PackageIcon", [
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
const Yh = _e("PaletteIcon", [
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
const Xh = _e("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qh = _e("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gh = _e("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uh = _e("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Wh = _e("ScanEyeIcon", [
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
const Kh = _e("ScrollTextIcon", [
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
const Zh = _e("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jh = _e("SlidersHorizontalIcon", [
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
const Jh = _e("SparklesIcon", [
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
const Qh = _e("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ev = _e("StarIcon", [
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
const tv = _e("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const nv = _e("TableIcon", [
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
const ov = _e("TimerIcon", [
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
const iv = _e("Trash2Icon", [
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
const av = _e("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rv = _e("UploadIcon", [
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
const sv = _e("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const lv = _e("Volume2Icon", [
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
const uv = _e("VolumeXIcon", [
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
const cv = _e("WorkflowIcon", [
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
const dv = _e("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Ne = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: _h,
      "user-round": sv,
      palette: Yh,
      timer: ov,
      image: Th,
      "sticky-note": tv,
      mic: Vh,
      "sliders-horizontal": jh,
      cpu: Eh,
      workflow: cv,
      "list-ordered": Dh,
      "scroll-text": Kh,
      "audio-lines": yh,
      "scan-eye": Wh,
      play: qh,
      square: Qh,
      trash: iv,
      copy: $h,
      comment: Lh,
      check: wh,
      x: dv,
      left: bh,
      right: kh,
      star: ev,
      sparkles: Jh,
      search: Zh,
      history: Ih,
      fit: Bh,
      plus: Gh,
      minus: Hh,
      undo: av,
      redo: Uh,
      dot: oa,
      film: Ch,
      upload: rv,
      link: zh,
      pause: Xh,
      clock: Sh,
      layers: Ah,
      lock: Rh,
      unlock: Oh,
      download: Nh,
      "file-text": Mh,
      table: nv,
      package: Fh,
      info: Ph,
      down: xh,
      volume: lv,
      "volume-x": uv
    }, n = e, o = ee(() => t[n.name] || oa);
    return (i, a) => (M(), He(Qo(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Cr = Symbol("multiplex-store");
function fv(e) {
  const t = vn({
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
  }), n = ee(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = ee(() => aa(t.comments, (u) => [u.block])), i = ee(() => aa(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), a = (u) => o.value.get(u) || ia, r = (u) => i.value.get(u) || ia;
  let s = 0;
  return { state: t, send: (u, c = {}) => (s += 1, e("command", { op: u, req: s, ...c }), s), seqIndex: n, commentsOf: a, othersOn: r };
}
const ia = Object.freeze([]);
function aa(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const a = n.get(i);
      a ? a.push(o) : n.set(i, [o]);
    }
  return n;
}
function bt() {
  return Ct(Cr);
}
const tn = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, ra = { ...tn, idle: "#9ca3af", cancelled: "#9ca3af" }, Wo = "#f1f3f5";
function hv(e, t, n = 30) {
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
function sa(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function wo(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const vv = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, mv = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], pv = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = ye(null), i = ye(null);
    function a(d, h) {
      const v = d.currentTarget.getBoundingClientRect(), k = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: h.label, x: k.right + 8, y: v.top + v.height / 2 };
    }
    const r = ao;
    let s = null;
    function l(d, h, v) {
      d.button === 0 && (i.value = null, d.preventDefault(), s = { x: d.clientX, y: d.clientY, group: h, item: v, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      s && (!s.moved && Math.hypot(d.clientX - s.x, d.clientY - s.y) < 4 || (s.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: s.item.label, icon: s.item.icon, color: r[s.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const h = s;
      s = null, o.value = null, h && n("place", { kind: h.group.kind, sub: h.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: h.moved });
    }
    return (d, h) => (M(), A($e, null, [
      $("nav", vv, [
        h[1] || (h[1] = $("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          $("span", null, "m"),
          $("i")
        ], -1)),
        (M(!0), A($e, null, Fe(e.groups, (v) => (M(), A("div", {
          key: v.kind,
          class: "mx-pal-group",
          style: ze({ "--accent": X(r)[v.kind] })
        }, [
          (M(!0), A($e, null, Fe(v.items, (k) => (M(), A("button", {
            key: k.sub,
            class: "mx-pal-item",
            "data-kind": v.kind,
            "data-sub": k.sub,
            "aria-label": k.label,
            onPointerdown: (p) => l(p, v, k),
            onPointerenter: (p) => a(p, k),
            onPointerleave: h[0] || (h[0] = (p) => i.value = null)
          }, [
            de(Ne, {
              name: k.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, mv))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (M(), A("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: ze({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, G(i.value.label), 5)) : re("", !0),
      o.value ? (M(), A("div", {
        key: 1,
        class: "mx-ghost",
        style: ze({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        de(Ne, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Ce(" " + G(o.value.label), 1)
      ], 4)) : re("", !0)
    ], 64));
  }
}, gv = ["width", "height"], yv = {
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
    let i = null, a = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, r = 0;
    function s() {
      let p = 1 / 0, x = 1 / 0, _ = -1 / 0, I = -1 / 0;
      for (const y of t.blocks.values())
        y.x < p && (p = y.x), y.y < x && (x = y.y), y.x + y.w > _ && (_ = y.x + y.w), y.y + y.h > I && (I = y.y + y.h);
      return p === 1 / 0 ? null : { x0: p, y0: x, x1: _, y1: I };
    }
    function l() {
      r = 0;
      const p = n.value;
      if (!p) return;
      const x = p.getContext("2d"), _ = p.width, I = p.height, y = t.flow.viewport.value, m = t.flow.dimensions.value, T = { x0: -y.x / y.zoom, y0: -y.y / y.zoom, x1: (m.width - y.x) / y.zoom, y1: (m.height - y.y) / y.zoom };
      i === null && (i = s() || T);
      const O = { x0: Math.min(i.x0, T.x0), y0: Math.min(i.y0, T.y0), x1: Math.max(i.x1, T.x1), y1: Math.max(i.y1, T.y1) }, L = Math.max(O.x1 - O.x0, O.y1 - O.y0) * 0.04;
      O.x0 -= L, O.y0 -= L, O.x1 += L, O.y1 += L;
      const B = Math.min(_ / (O.x1 - O.x0), I / (O.y1 - O.y0));
      a = { x0: O.x0, y0: O.y0, scale: B, ox: (_ - (O.x1 - O.x0) * B) / 2, oy: (I - (O.y1 - O.y0) * B) / 2 }, x.clearRect(0, 0, _, I), x.globalAlpha = 0.75;
      for (const se of t.blocks.values())
        x.fillStyle = t.colorOf(se), x.fillRect(a.ox + (se.x - O.x0) * B, a.oy + (se.y - O.y0) * B, Math.max(1, se.w * B), Math.max(1, se.h * B));
      x.globalAlpha = 1;
      const ne = a.ox + (T.x0 - O.x0) * B, J = a.oy + (T.y0 - O.y0) * B, Z = (T.x1 - T.x0) * B, C = (T.y1 - T.y0) * B;
      x.fillStyle = "rgba(10,10,11,0.62)", x.beginPath(), x.rect(0, 0, _, I), x.rect(ne, J, Z, C), x.fill("evenodd"), x.strokeStyle = "rgba(241,243,245,0.45)", x.lineWidth = o, x.strokeRect(ne + o / 2, J + o / 2, Z - o, C - o);
    }
    function u(p) {
      p && (i = null), r || (r = requestAnimationFrame(l));
    }
    Ee(() => t.rev, () => u(!0)), Ee(() => t.flow.viewport.value, () => u(!1)), Ee(() => t.flow.dimensions.value, () => u(!1)), nt(() => u(!0)), Vt(() => r && cancelAnimationFrame(r));
    function c(p) {
      const x = n.value.getBoundingClientRect(), _ = (p.clientX - x.left) * o, I = (p.clientY - x.top) * o;
      return { x: (_ - a.ox) / a.scale + a.x0, y: (I - a.oy) / a.scale + a.y0 };
    }
    function d(p, x) {
      const _ = t.flow.dimensions.value, I = x ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: _.width / 2 - p.x * I, y: _.height / 2 - p.y * I, zoom: I });
    }
    function h(p) {
      p.button === 0 && (n.value.setPointerCapture(p.pointerId), d(c(p)));
    }
    function v(p) {
      p.buttons & 1 && d(c(p));
    }
    function k(p) {
      const x = t.flow.viewport.value, _ = t.flow.dimensions.value, I = { x: (_.width / 2 - x.x) / x.zoom, y: (_.height / 2 - x.y) / x.zoom }, y = Math.max(0.05, Math.min(3, x.zoom * Math.exp(-p.deltaY * 15e-4)));
      d(I, y);
    }
    return (p, x) => (M(), A("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * X(o),
      height: e.height * X(o),
      style: ze({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: h,
      onPointermove: v,
      onWheel: ve(k, ["prevent", "stop"])
    }, null, 44, gv));
  }
}, wv = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = ee(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (M(), A("div", {
      key: 0,
      class: "mx-cursors",
      style: ze({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (M(!0), A($e, null, Fe(e.users, (a) => (M(), A("div", {
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
        $("span", null, G(a.name), 1)
      ], 4))), 128))
    ], 4)) : re("", !0);
  }
}, xv = 2, la = 12, ua = 0.2, Vn = 8, bv = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", kv = {
  __name: "FarCanvas",
  props: { flow: Object, edges: Map, rev: Number },
  emits: ["move", "shown"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, { state: a, othersOn: r } = bt(), s = ye(null), l = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" }, u = {
      comp: "rgba(255, 201, 71, 0.55)",
      gen_art: "rgba(100, 255, 218, 0.55)",
      grows: "rgba(156, 136, 255, 0.6)",
      seq: "rgba(241, 243, 245, 0.14)",
      default: "#3a3a40"
    };
    let c = Math.min(2, window.devicePixelRatio || 1), d = 0, h = !1, v = !0, k = [];
    const p = /* @__PURE__ */ new Map(), x = /* @__PURE__ */ new Map();
    function _(f) {
      return f.kind === "intent" ? tn[(f.status || {}).state] || tn.idle : f.kind === "activity" && f.sub === "animatic" ? "#ffc947" : ao[f.kind] || "#333333";
    }
    function I(f, g, w) {
      const V = `${f}${g}${w}`;
      let H = x.get(V);
      if (!H) {
        const q = (oe) => {
          const ue = parseInt(oe.slice(1), 16);
          return [ue >> 16 & 255, ue >> 8 & 255, ue & 255];
        }, K = q(f), U = q(g);
        H = `rgb(${K.map((oe, ue) => Math.round(oe * w + U[ue] * (1 - w))).join(",")})`, x.set(V, H);
      }
      return H;
    }
    function y() {
      d || (d = requestAnimationFrame(L));
    }
    const m = { frames: 0, ms: 0, max: 0 };
    let T = 0, O = !1;
    function L(f) {
      d = 0, O = f - T < 100 && f - T > 25, T = f;
      const g = performance.now(), [w, V] = J();
      V && i("shown"), Z();
      const H = performance.now() - g;
      m.frames++, m.ms += H, m.max = Math.max(m.max, H), w && y();
    }
    function B() {
      const f = o.flow.viewport.value, g = o.flow.dimensions.value;
      return { vp: f, w: g.width, h: g.height, x0: -f.x / f.zoom, y0: -f.y / f.zoom, x1: (g.width - f.x) / f.zoom, y1: (g.height - f.y) / f.zoom };
    }
    const ne = (f, g, w, V, H) => f.position.x < V && f.position.x + f.data.w > g && f.position.y < H && f.position.y + f.data.h > w;
    function J() {
      var ot, on, Cn;
      const f = o.flow.nodes.value, g = cn(f), w = B(), V = a.lod === 0, H = (w.x1 - w.x0) * ua, q = (w.y1 - w.y0) * ua, K = (Cn = (on = (ot = document.activeElement) == null ? void 0 : ot.closest) == null ? void 0 : on.call(ot, ".vue-flow__node")) == null ? void 0 : Cn.dataset.id, U = [], oe = [];
      let ue = 0;
      for (let Je = 0; Je < g.length; Je++) {
        const ht = g[Je], N = V && ne(ht, w.x0 - H, w.y0 - q, w.x1 + H, w.y1 + q);
        ht.hidden ? N && U.push(Je) : !N && !ht.dragging && ht.id !== K && (ne(ht, w.x0, w.y0, w.x1, w.y1) ? oe.push(Je) : (f[Je].hidden = !0, ue++));
      }
      let xe = ue !== 0;
      const be = oe.slice(0, h ? 1 / 0 : la);
      for (const Je of be) f[Je].hidden = !0;
      const De = h ? 1 / 0 : O ? 1 : xv;
      if (U.length > De) {
        const Je = (w.x0 + w.x1) / 2, ht = (w.y0 + w.y1) / 2, N = (R) => {
          const j = g[R];
          return Math.hypot(j.position.x + j.data.w / 2 - Je, j.position.y + j.data.h / 2 - ht);
        };
        U.sort((R, j) => N(R) - N(j));
      }
      const Le = U.slice(0, De);
      for (const Je of Le) f[Je].hidden = !1;
      return xe = xe || be.length > 0 || Le.length > 0, h = !1, [U.length > De || oe.length > la, xe];
    }
    function Z() {
      const f = s.value;
      if (!f) return;
      const g = B(), w = Math.round(g.w * c), V = Math.round(g.h * c), H = cn(o.flow.nodes.value), q = a.lod, K = [], U = [], oe = /* @__PURE__ */ new Map();
      for (const Le of H)
        oe.set(Le.id, Le), Le.hidden && ne(Le, g.x0, g.y0, g.x1, g.y1) && (Le.selected ? U : K).push(Le);
      k = K.concat(U);
      const ue = C(oe, g, q), xe = !k.length && !ue.length;
      if ((f.width !== w || f.height !== V) && (f.width = w, f.height = V, v = !0), xe && !v) return;
      const be = f.getContext("2d");
      if (be.setTransform(1, 0, 0, 1, 0, 0), be.clearRect(0, 0, w, V), v = !xe, xe) return;
      const De = g.vp.zoom;
      be.setTransform(c * De, 0, 0, c * De, c * g.vp.x, c * g.vp.y), se(be, ue, De, q), k.length && (q === 2 ? E(be, k) : Y(be, k, De), D(be, k, De));
    }
    function C(f, g, w) {
      const V = {}, H = (q, K, U, oe) => {
        if (!K || !U || !K.hidden && !U.hidden) return;
        const ue = oe ? K.position.x + K.data.w / 2 : K.position.x + K.data.w, xe = oe ? K.position.y + K.data.h : K.position.y + K.data.h / 2, be = oe ? U.position.x + U.data.w / 2 : U.position.x, De = oe ? U.position.y : U.position.y + U.data.h / 2;
        if (Math.max(ue, be) < g.x0 || Math.min(ue, be) > g.x1 || Math.max(xe, De) < g.y0 || Math.min(xe, De) > g.y1) return;
        const Le = V[q] || (V[q] = new Path2D());
        if (Le.moveTo(ue, xe), oe) Le.lineTo(be, De);
        else {
          const ot = Math.max(Math.abs(be - ue) * 0.5, 25);
          Le.bezierCurveTo(ue + ot, xe, be - ot, De, be, De);
        }
      };
      for (const q of o.edges.values()) H(u[q.kind] ? q.kind : "default", f.get(q.src), f.get(q.dst), !1);
      if (w < 2) {
        const q = a.sequence;
        for (let K = 0; K + 1 < q.length; K++) H("seq", f.get(q[K]), f.get(q[K + 1]), !0);
      }
      return Object.entries(V);
    }
    function se(f, g, w, V) {
      for (const [H, q] of g)
        f.strokeStyle = u[H], f.lineWidth = H === "seq" ? 1 : Math.max(1.2, 0.6 / w), f.setLineDash(V === 2 ? [] : H === "seq" ? [1, 6] : H === "gen_art" ? [4, 5] : H === "grows" ? [2, 4] : []), f.lineCap = H === "seq" ? "round" : "butt", f.stroke(q);
      f.setLineDash([]);
    }
    function E(f, g) {
      const w = /* @__PURE__ */ new Map();
      for (const V of g) {
        const H = V.selected ? I(Wo, "#1c1c20", 0.55) : I(_(V.data), "#1c1c20", 0.3);
        let q = w.get(H);
        q || w.set(H, q = new Path2D()), q.rect(V.position.x, V.position.y, V.data.w, V.data.h);
      }
      for (const [V, H] of w)
        f.fillStyle = V, f.fill(H);
    }
    function Y(f, g, w) {
      const V = new Path2D(), H = new Path2D(), q = /* @__PURE__ */ new Map();
      for (const U of g) {
        const { x: oe, y: ue } = U.position, xe = U.data.w, be = U.data.h;
        (U.selected ? H : V).rect(oe, ue, xe, be);
        const De = _(U.data);
        let Le = q.get(De);
        Le || q.set(De, Le = new Path2D()), Le.rect(oe, ue, 4, be);
      }
      f.fillStyle = "#151517", f.fill(V), f.fillStyle = "#16191b", f.fill(H), f.lineWidth = 1, f.strokeStyle = "#252527", f.stroke(V), f.strokeStyle = Wo, f.stroke(H);
      for (const [U, oe] of q)
        f.fillStyle = U, f.fill(oe);
      if (w * 30 < 4) return;
      f.textBaseline = "middle", f.font = '18px "JetBrains Mono", ui-monospace, monospace', f.letterSpacing = "1.44px", f.globalAlpha = 0.85;
      const K = [];
      for (const U of g) {
        const oe = U.data, ue = oe.w, xe = oe.h, be = P(f, U, ue - 39), De = 30 + be.length * 34.5, Le = U.position.y + Math.max(15, (xe - De) / 2);
        K.push(Le, be), f.fillStyle = _(oe), f.fillText(String(oe.kind === "intent" || oe.kind === "comp" ? oe.sub : l[oe.kind] || oe.kind).toUpperCase(), U.position.x + 22, Le + 12, ue - 39);
      }
      f.globalAlpha = 1, f.letterSpacing = "0px", f.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', f.fillStyle = "#f8f9fa";
      for (let U = 0; U < g.length; U++) {
        const oe = g[U], ue = K[2 * U], xe = K[2 * U + 1];
        for (let be = 0; be < xe.length; be++) f.fillText(xe[be], oe.position.x + 22, ue + 30 + 17.25 + be * 34.5);
      }
    }
    function P(f, g, w) {
      const V = String(g.data.title || g.data.sub || ""), H = `${V}|${w}|${g.data.h}`, q = p.get(g.id);
      if (q && q.key === H) return q.lines;
      const K = f.font, U = f.letterSpacing;
      f.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', f.letterSpacing = "0px";
      const oe = Math.max(1, Math.min(3, Math.floor((g.data.h - 58) / 34.5))), ue = [];
      let xe = "";
      const be = V.split(/\s+/).filter(Boolean);
      for (let De = 0; De < be.length; De++) {
        const Le = xe ? `${xe} ${be[De]}` : be[De];
        if (!xe || f.measureText(Le).width <= w) {
          xe = Le;
          continue;
        }
        if (ue.push(xe), xe = be[De], ue.length === oe) {
          xe = "", ue[oe - 1] = W(f, `${ue[oe - 1]} ${be.slice(De).join(" ")}`, w);
          break;
        }
      }
      return xe && ue.push(ue.length === oe - 1 || f.measureText(xe).width > w ? W(f, xe, w) : xe), f.font = K, f.letterSpacing = U, p.set(g.id, { key: H, lines: ue }), ue;
    }
    function W(f, g, w) {
      if (f.measureText(g).width <= w) return g;
      let V = 0, H = g.length;
      for (; V < H; ) {
        const q = V + H + 1 >> 1;
        f.measureText(`${g.slice(0, q)}…`).width <= w ? V = q : H = q - 1;
      }
      return `${g.slice(0, V).trimEnd()}…`;
    }
    function D(f, g, w) {
      f.lineWidth = 2 / w, f.setLineDash([6 / w, 4 / w]);
      for (const V of g) {
        const H = r(V.id);
        H.length && (f.strokeStyle = H[0].color, f.strokeRect(V.position.x - 3 / w, V.position.y - 3 / w, V.data.w + 6 / w, V.data.h + 6 / w));
      }
      f.setLineDash([]);
    }
    function z(f) {
      const g = s.value.getBoundingClientRect(), w = o.flow.viewport.value;
      return { x: (f.clientX - g.left - w.x) / w.zoom, y: (f.clientY - g.top - w.y) / w.zoom };
    }
    function F(f, g) {
      if (!s.value) return null;
      const w = z({ clientX: f, clientY: g });
      for (let V = k.length - 1; V >= 0; V--) {
        const H = k[V];
        if (w.x >= H.position.x && w.x <= H.position.x + H.data.w && w.y >= H.position.y && w.y <= H.position.y + H.data.h) return H.id;
      }
      return null;
    }
    const te = (f) => !(f.target.closest && f.target.closest(bv));
    let le = null, he = !1;
    function me(f, g) {
      const w = o.flow, V = w.findNode(f);
      if (!V) return;
      if (g) {
        V.selected ? w.removeSelectedNodes([V]) : w.addSelectedNodes([V]);
        return;
      }
      const H = w.getSelectedNodes.value.filter((q) => q.id !== f);
      H.length && w.removeSelectedNodes(H), w.removeSelectedEdges(w.getSelectedEdges.value), V.selected || w.addSelectedNodes([V]);
    }
    function ae(f) {
      if (he = !1, f.button !== 0 || !te(f)) return;
      const g = F(f.clientX, f.clientY);
      if (!g) return;
      f.stopPropagation(), f.preventDefault();
      const w = o.flow.findNode(g), V = w.selected ? o.flow.getSelectedNodes.value : [w];
      le = {
        id: g,
        x: f.clientX,
        y: f.clientY,
        moved: !1,
        add: f.shiftKey || f.ctrlKey || f.metaKey,
        nodes: V.map((H) => ({ m: H, x: H.position.x, y: H.position.y }))
      }, window.addEventListener("pointermove", Q, !0), window.addEventListener("pointerup", ie, !0);
    }
    function Q(f) {
      const g = le;
      if (!g || !g.moved && Math.hypot(f.clientX - g.x, f.clientY - g.y) < 4) return;
      g.moved = !0;
      const w = o.flow.viewport.value.zoom, V = (f.clientX - g.x) / w, H = (f.clientY - g.y) / w;
      for (const q of g.nodes) {
        const K = Vn * Math.round((q.x + V) / Vn), U = Vn * Math.round((q.y + H) / Vn);
        q.m.dragging = !0, q.m.position = { x: K, y: U }, q.m.computedPosition = { ...q.m.computedPosition, x: K, y: U };
      }
      y();
    }
    function ie() {
      window.removeEventListener("pointermove", Q, !0), window.removeEventListener("pointerup", ie, !0);
      const f = le;
      if (le = null, !!f) {
        if (he = !0, f.moved) {
          for (const g of f.nodes) g.m.dragging = !1;
          i("move", f.nodes.map((g) => ({ id: g.m.id, x: Math.round(g.m.position.x), y: Math.round(g.m.position.y) })));
        } else me(f.id, f.add);
        y();
      }
    }
    function Me(f) {
      he && (he = !1, f.stopPropagation());
    }
    function Te(f) {
      if (!te(f)) return;
      const g = F(f.clientX, f.clientY);
      g && (f.stopPropagation(), f.preventDefault(), me(g, !1), o.flow.fitView({ nodes: [g], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let we = null;
    function Ie(f) {
      f.buttons || le || (we = we || s.value.parentElement.querySelector(".vue-flow__pane"), we && (we.style.cursor = te(f) && F(f.clientX, f.clientY) ? "pointer" : ""));
    }
    let pe = null;
    Ee(() => o.flow.userSelectionRect.value, (f) => {
      f && f.width + f.height > 0 && (pe = { ...f });
    }), o.flow.onSelectionEnd(() => {
      const f = pe;
      if (pe = null, !f) return;
      const g = o.flow.viewport.value, w = (f.x - g.x) / g.zoom, V = (f.y - g.y) / g.zoom, H = w + f.width / g.zoom, q = V + f.height / g.zoom, K = o.flow.nodes.value.filter((U) => U.hidden && U.position.x >= w && U.position.y >= V && U.position.x + U.data.w <= H && U.position.y + U.data.h <= q);
      K.length && o.flow.addSelectedNodes(K);
    }), Ee(() => o.flow.viewport.value, y), Ee(() => o.flow.dimensions.value, y), Ee(() => [o.rev, a.lod, a.sequence, a.users], y), Ee(() => o.flow.getSelectedNodes.value, y);
    function ge() {
      h = !0, d && (cancelAnimationFrame(d), d = 0), J(), Z();
    }
    t({ hitAt: F, settle: ge, schedule: y });
    let S = null;
    const b = [["pointerdown", ae], ["click", Me], ["dblclick", Te], ["pointermove", Ie]];
    return nt(() => {
      var g, w, V, H, q;
      S = s.value.parentElement;
      for (const [K, U] of b) S.addEventListener(K, U, !0);
      (w = (g = document.fonts) == null ? void 0 : g.ready) == null || w.then(() => {
        p.clear(), y();
      });
      const f = (K) => {
        const U = s.value.getBoundingClientRect(), oe = o.flow.viewport.value, ue = oe.zoom;
        return K.map((xe) => ({
          id: xe.id,
          l: U.left + oe.x + xe.position.x * ue,
          t: U.top + oe.y + xe.position.y * ue,
          r: U.left + oe.x + (xe.position.x + xe.data.w) * ue,
          b: U.top + oe.y + (xe.position.y + xe.data.h) * ue
        }));
      };
      window.__mxFar = {
        drawn: () => f(k),
        blocks: () => f(cn(o.flow.nodes.value).filter((K) => K.hidden)),
        hitAt: F,
        stats: (K = !1) => {
          const U = { ...m };
          return K && Object.assign(m, { frames: 0, ms: 0, max: 0 }), U;
        }
      }, (q = (V = window.matchMedia) == null ? void 0 : (H = V.call(window, `(resolution: ${c}dppx)`)).addEventListener) == null || q.call(H, "change", () => {
        c = Math.min(2, window.devicePixelRatio || 1), y();
      }), y();
    }), Vt(() => {
      if (d && cancelAnimationFrame(d), S) for (const [f, g] of b) S.removeEventListener(f, g, !0);
    }), (f, g) => (M(), A("canvas", {
      ref_key: "el",
      ref: s,
      class: "mx-far",
      "data-role": "far-canvas",
      "aria-hidden": "true"
    }, null, 512));
  }
};
var Ko = "http://www.w3.org/1999/xhtml";
const ca = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ko,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Ir(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ca.hasOwnProperty(t) ? { space: ca[t], local: e } : e;
}
function _v(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ko && t.documentElement.namespaceURI === Ko ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Sv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Tr(e) {
  var t = Ir(e);
  return (t.local ? Sv : _v)(t);
}
function $v() {
}
function Pr(e) {
  return e == null ? $v : function() {
    return this.querySelector(e);
  };
}
function Ev(e) {
  typeof e != "function" && (e = Pr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = a[c]) && (u = e.call(l, l.__data__, c, a)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new tt(o, this._parents);
}
function Nv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Mv() {
  return [];
}
function Cv(e) {
  return e == null ? Mv : function() {
    return this.querySelectorAll(e);
  };
}
function Iv(e) {
  return function() {
    return Nv(e.apply(this, arguments));
  };
}
function Tv(e) {
  typeof e == "function" ? e = Iv(e) : e = Cv(e);
  for (var t = this._groups, n = t.length, o = [], i = [], a = 0; a < n; ++a)
    for (var r = t[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new tt(o, i);
}
function Pv(e) {
  return function() {
    return this.matches(e);
  };
}
function Ar(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Av = Array.prototype.find;
function zv(e) {
  return function() {
    return Av.call(this.children, e);
  };
}
function Dv() {
  return this.firstElementChild;
}
function Ov(e) {
  return this.select(e == null ? Dv : zv(typeof e == "function" ? e : Ar(e)));
}
var Rv = Array.prototype.filter;
function Bv() {
  return Array.from(this.children);
}
function Lv(e) {
  return function() {
    return Rv.call(this.children, e);
  };
}
function Vv(e) {
  return this.selectAll(e == null ? Bv : Lv(typeof e == "function" ? e : Ar(e)));
}
function Hv(e) {
  typeof e != "function" && (e = Pv(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new tt(o, this._parents);
}
function zr(e) {
  return new Array(e.length);
}
function Fv() {
  return new tt(this._enter || this._groups.map(zr), this._parents);
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
function Yv(e) {
  return function() {
    return e;
  };
}
function Xv(e, t, n, o, i, a) {
  for (var r = 0, s, l = t.length, u = a.length; r < u; ++r)
    (s = t[r]) ? (s.__data__ = a[r], o[r] = s) : n[r] = new ro(e, a[r]);
  for (; r < l; ++r)
    (s = t[r]) && (i[r] = s);
}
function qv(e, t, n, o, i, a, r) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = a.length, h = new Array(c), v;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (h[s] = v = r.call(l, l.__data__, s, t) + "", u.has(v) ? i[s] = l : u.set(v, l));
  for (s = 0; s < d; ++s)
    v = r.call(e, a[s], s, a) + "", (l = u.get(v)) ? (o[s] = l, l.__data__ = a[s], u.delete(v)) : n[s] = new ro(e, a[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(h[s]) === l && (i[s] = l);
}
function Gv(e) {
  return e.__data__;
}
function Uv(e, t) {
  if (!arguments.length) return Array.from(this, Gv);
  var n = t ? qv : Xv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Yv(e));
  for (var a = i.length, r = new Array(a), s = new Array(a), l = new Array(a), u = 0; u < a; ++u) {
    var c = o[u], d = i[u], h = d.length, v = Wv(e.call(c, c && c.__data__, u, o)), k = v.length, p = s[u] = new Array(k), x = r[u] = new Array(k), _ = l[u] = new Array(h);
    n(c, d, p, x, _, v, t);
    for (var I = 0, y = 0, m, T; I < k; ++I)
      if (m = p[I]) {
        for (I >= y && (y = I + 1); !(T = x[y]) && ++y < k; ) ;
        m._next = T || null;
      }
  }
  return r = new tt(r, o), r._enter = s, r._exit = l, r;
}
function Wv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Kv() {
  return new tt(this._exit || this._groups.map(zr), this._parents);
}
function Zv(e, t, n) {
  var o = this.enter(), i = this, a = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), o && i ? o.merge(i).order() : i;
}
function jv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, a = o.length, r = Math.min(i, a), s = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, h = s[l] = new Array(d), v, k = 0; k < d; ++k)
      (v = u[k] || c[k]) && (h[k] = v);
  for (; l < i; ++l)
    s[l] = n[l];
  return new tt(s, this._parents);
}
function Jv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, a = o[i], r; --i >= 0; )
      (r = o[i]) && (a && r.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(r, a), a = r);
  return this;
}
function Qv(e) {
  e || (e = em);
  function t(d, h) {
    return d && h ? e(d.__data__, h.__data__) : !d - !h;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), a = 0; a < o; ++a) {
    for (var r = n[a], s = r.length, l = i[a] = new Array(s), u, c = 0; c < s; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new tt(i, this._parents).order();
}
function em(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function tm() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function nm() {
  return Array.from(this);
}
function om() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length; i < a; ++i) {
      var r = o[i];
      if (r) return r;
    }
  return null;
}
function im() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function am() {
  return !this.node();
}
function rm(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], a = 0, r = i.length, s; a < r; ++a)
      (s = i[a]) && e.call(s, s.__data__, a, i);
  return this;
}
function sm(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function lm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function um(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function cm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function dm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function fm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function hm(e, t) {
  var n = Ir(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? lm : sm : typeof t == "function" ? n.local ? fm : dm : n.local ? cm : um)(n, t));
}
function Dr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function vm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function mm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function pm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function gm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? vm : typeof t == "function" ? pm : mm)(e, t, n ?? "")) : ym(this.node(), e);
}
function ym(e, t) {
  return e.style.getPropertyValue(t) || Dr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function wm(e) {
  return function() {
    delete this[e];
  };
}
function xm(e, t) {
  return function() {
    this[e] = t;
  };
}
function bm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function km(e, t) {
  return arguments.length > 1 ? this.each((t == null ? wm : typeof t == "function" ? bm : xm)(e, t)) : this.node()[e];
}
function Or(e) {
  return e.trim().split(/^|\s+/);
}
function fi(e) {
  return e.classList || new Rr(e);
}
function Rr(e) {
  this._node = e, this._names = Or(e.getAttribute("class") || "");
}
Rr.prototype = {
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
  for (var n = fi(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Lr(e, t) {
  for (var n = fi(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function _m(e) {
  return function() {
    Br(this, e);
  };
}
function Sm(e) {
  return function() {
    Lr(this, e);
  };
}
function $m(e, t) {
  return function() {
    (t.apply(this, arguments) ? Br : Lr)(this, e);
  };
}
function Em(e, t) {
  var n = Or(e + "");
  if (arguments.length < 2) {
    for (var o = fi(this.node()), i = -1, a = n.length; ++i < a; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? $m : t ? _m : Sm)(n, t));
}
function Nm() {
  this.textContent = "";
}
function Mm(e) {
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
function Im(e) {
  return arguments.length ? this.each(e == null ? Nm : (typeof e == "function" ? Cm : Mm)(e)) : this.node().textContent;
}
function Tm() {
  this.innerHTML = "";
}
function Pm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Am(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function zm(e) {
  return arguments.length ? this.each(e == null ? Tm : (typeof e == "function" ? Am : Pm)(e)) : this.node().innerHTML;
}
function Dm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Om() {
  return this.each(Dm);
}
function Rm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Bm() {
  return this.each(Rm);
}
function Lm(e) {
  var t = typeof e == "function" ? e : Tr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Vm() {
  return null;
}
function Hm(e, t) {
  var n = typeof e == "function" ? e : Tr(e), o = t == null ? Vm : typeof t == "function" ? t : Pr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Fm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Ym() {
  return this.each(Fm);
}
function Xm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function qm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Gm(e) {
  return this.select(e ? qm : Xm);
}
function Um(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Wm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Km(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Zm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, a; n < i; ++n)
        a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++o] = a;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function jm(e, t, n) {
  return function() {
    var o = this.__on, i, a = Wm(t);
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
function Jm(e, t, n) {
  var o = Km(e + ""), i, a = o.length, r;
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
  for (s = t ? jm : Zm, i = 0; i < a; ++i) this.each(s(o[i], t, n));
  return this;
}
function Vr(e, t, n) {
  var o = Dr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Qm(e, t) {
  return function() {
    return Vr(this, e, t);
  };
}
function ep(e, t) {
  return function() {
    return Vr(this, e, t.apply(this, arguments));
  };
}
function tp(e, t) {
  return this.each((typeof t == "function" ? ep : Qm)(e, t));
}
function* np() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length, r; i < a; ++i)
      (r = o[i]) && (yield r);
}
var op = [null];
function tt(e, t) {
  this._groups = e, this._parents = t;
}
function ip() {
  return this;
}
tt.prototype = {
  constructor: tt,
  select: Ev,
  selectAll: Tv,
  selectChild: Ov,
  selectChildren: Vv,
  filter: Hv,
  data: Uv,
  enter: Fv,
  exit: Kv,
  join: Zv,
  merge: jv,
  selection: ip,
  order: Jv,
  sort: Qv,
  call: tm,
  nodes: nm,
  node: om,
  size: im,
  empty: am,
  each: rm,
  attr: hm,
  style: gm,
  property: km,
  classed: Em,
  text: Im,
  html: zm,
  raise: Om,
  lower: Bm,
  append: Lm,
  insert: Hm,
  remove: Ym,
  clone: Gm,
  datum: Um,
  on: Jm,
  dispatch: tp,
  [Symbol.iterator]: np
};
function Sn(e) {
  return typeof e == "string" ? new tt([[document.querySelector(e)]], [document.documentElement]) : new tt([[e]], op);
}
function ap(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function da(e, t) {
  if (e = ap(e), t === void 0 && (t = e.currentTarget), t) {
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
function Hr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Wn(n);
}
function Wn(e) {
  this._ = e;
}
function sp(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Wn.prototype = Hr.prototype = {
  constructor: Wn,
  on: function(e, t) {
    var n = this._, o = sp(e + "", n), i, a = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++a < r; ) if ((i = (e = o[a]).type) && (i = lp(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++a < r; )
      if (i = (e = o[a]).type) n[i] = fa(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = fa(n[i], e.name, null);
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
function lp(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function fa(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = rp, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const up = { passive: !1 }, $n = { capture: !0, passive: !1 };
function Po(e) {
  e.stopImmediatePropagation();
}
function Kt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function cp(e) {
  var t = e.document.documentElement, n = Sn(e).on("dragstart.drag", Kt, $n);
  "onselectstart" in t ? n.on("selectstart.drag", Kt, $n) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function dp(e, t) {
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
function fp(e) {
  return !e.ctrlKey && !e.button;
}
function hp() {
  return this.parentNode;
}
function vp(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function mp() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function pp() {
  var e = fp, t = hp, n = vp, o = mp, i = {}, a = Hr("start", "drag", "end"), r = 0, s, l, u, c, d = 0;
  function h(m) {
    m.on("mousedown.drag", v).filter(o).on("touchstart.drag", x).on("touchmove.drag", _, up).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function v(m, T) {
    if (!(c || !e.call(this, m, T))) {
      var O = y(this, t.call(this, m, T), m, T, "mouse");
      O && (Sn(m.view).on("mousemove.drag", k, $n).on("mouseup.drag", p, $n), cp(m.view), Po(m), u = !1, s = m.clientX, l = m.clientY, O("start", m));
    }
  }
  function k(m) {
    if (Kt(m), !u) {
      var T = m.clientX - s, O = m.clientY - l;
      u = T * T + O * O > d;
    }
    i.mouse("drag", m);
  }
  function p(m) {
    Sn(m.view).on("mousemove.drag mouseup.drag", null), dp(m.view, u), Kt(m), i.mouse("end", m);
  }
  function x(m, T) {
    if (e.call(this, m, T)) {
      var O = m.changedTouches, L = t.call(this, m, T), B = O.length, ne, J;
      for (ne = 0; ne < B; ++ne)
        (J = y(this, L, m, T, O[ne].identifier, O[ne])) && (Po(m), J("start", m, O[ne]));
    }
  }
  function _(m) {
    var T = m.changedTouches, O = T.length, L, B;
    for (L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (Kt(m), B("drag", m, T[L]));
  }
  function I(m) {
    var T = m.changedTouches, O = T.length, L, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (Po(m), B("end", m, T[L]));
  }
  function y(m, T, O, L, B, ne) {
    var J = a.copy(), Z = da(ne || O, T), C, se, E;
    if ((E = n.call(m, new Zo("beforestart", {
      sourceEvent: O,
      target: h,
      identifier: B,
      active: r,
      x: Z[0],
      y: Z[1],
      dx: 0,
      dy: 0,
      dispatch: J
    }), L)) != null)
      return C = E.x - Z[0] || 0, se = E.y - Z[1] || 0, function Y(P, W, D) {
        var z = Z, F;
        switch (P) {
          case "start":
            i[B] = Y, F = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            Z = da(D || W, T), F = r;
            break;
        }
        J.call(
          P,
          m,
          new Zo(P, {
            sourceEvent: W,
            subject: E,
            target: h,
            identifier: B,
            active: F,
            x: Z[0] + C,
            y: Z[1] + se,
            dx: Z[0] - z[0],
            dy: Z[1] - z[1],
            dispatch: J
          }),
          L
        );
      };
  }
  return h.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : Hn(!!m), h) : e;
  }, h.container = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : Hn(m), h) : t;
  }, h.subject = function(m) {
    return arguments.length ? (n = typeof m == "function" ? m : Hn(m), h) : n;
  }, h.touchable = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : Hn(!!m), h) : o;
  }, h.on = function() {
    var m = a.on.apply(a, arguments);
    return m === a ? h : m;
  }, h.clickDistance = function(m) {
    return arguments.length ? (d = (m = +m) * m, h) : Math.sqrt(d);
  }, h;
}
var Lt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Lt || {});
function gp({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: a }) {
  const r = e - t, s = n - o, l = [r > 0 ? 1 : r < 0 ? -1 : 0, s > 0 ? 1 : s < 0 ? -1 : 0];
  return r && i && (l[0] = l[0] * -1), s && a && (l[1] = l[1] * -1), l;
}
const yp = {
  [Lt.Line]: "right",
  [Lt.Handle]: "bottom-right"
}, wp = {
  [Lt.Line]: "borderColor",
  [Lt.Handle]: "backgroundColor"
}, xp = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, ha = /* @__PURE__ */ Xe({
  ...xp,
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
    }, { findNode: a, emits: r, viewport: s, noDragClassName: l } = Ye(), u = gr(), c = ye();
    let d = i, h = o;
    const v = Ve(() => n.position ?? yp[n.variant]), k = ee(() => v.value.split("-")), p = Ve(() => n.color ? { [wp[n.variant]]: n.color } : {});
    return Jr((x) => {
      if (!c.value || !n.nodeId)
        return;
      const _ = Sn(c.value), I = v.value.includes("right") || v.value.includes("left"), y = v.value.includes("bottom") || v.value.includes("top"), m = v.value.includes("left"), T = v.value.includes("top"), O = pp().on("start", (L) => {
        const B = a(n.nodeId), { xSnapped: ne, ySnapped: J } = u(L);
        h = {
          width: (B == null ? void 0 : B.dimensions.width) ?? 0,
          height: (B == null ? void 0 : B.dimensions.height) ?? 0,
          x: (B == null ? void 0 : B.position.x) ?? 0,
          y: (B == null ? void 0 : B.position.y) ?? 0
        }, d = {
          ...h,
          pointerX: ne,
          pointerY: J,
          aspectRatio: h.width / h.height
        }, t("resizeStart", { event: L, params: h });
      }).on("drag", (L) => {
        var B;
        const { xSnapped: ne, ySnapped: J } = u(L), Z = a(n.nodeId);
        if (Z) {
          const C = [], {
            pointerX: se,
            pointerY: E,
            width: Y,
            height: P,
            x: W,
            y: D,
            aspectRatio: z
          } = d, { x: F, y: te, width: le, height: he } = h, me = Math.floor(I ? ne - se : 0), ae = Math.floor(y ? J - E : 0);
          let Q = xt(Y + (m ? -me : me), n.minWidth, n.maxWidth), ie = xt(P + (T ? -ae : ae), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const ge = Q / ie;
            let S = z;
            typeof n.keepAspectRatio == "number" && ge !== n.keepAspectRatio && (S = n.keepAspectRatio);
            const b = I && y, f = I && !y, g = y && !I;
            Q = ge <= S && b || g ? ie * S : Q, ie = ge > S && b || f ? Q / S : ie, Q >= n.maxWidth ? (Q = n.maxWidth, ie = n.maxWidth / S) : Q <= n.minWidth && (Q = n.minWidth, ie = n.minWidth / S), ie >= n.maxHeight ? (ie = n.maxHeight, Q = n.maxHeight * S) : ie <= n.minHeight && (ie = n.minHeight, Q = n.minHeight * S);
          }
          const Me = Q !== le, Te = ie !== he;
          if (m || T) {
            const ge = m ? W - (Q - Y) : W, S = T ? D - (ie - P) : D, b = ge !== F && Me, f = S !== te && Te;
            if (b || f) {
              const g = {
                id: Z.id,
                type: "position",
                from: Z.position,
                position: {
                  x: b ? ge : F,
                  y: f ? S : te
                }
              };
              C.push(g), h.x = g.position.x, h.y = g.position.y;
            }
          }
          if (n.nodeId && (Me || Te)) {
            const ge = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: Q,
                height: ie
              }
            };
            C.push(ge), h.width = Q, h.height = ie;
          }
          if (C.length === 0)
            return;
          const we = gp({
            width: h.width,
            prevWidth: le,
            height: h.height,
            prevHeight: he,
            invertX: m,
            invertY: T
          }), Ie = { ...h, direction: we };
          if (((B = n.shouldResize) == null ? void 0 : B.call(n, L, Ie)) === !1)
            return;
          t("resize", { event: L, params: Ie }), r.nodesChange(C);
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
      _.call(O), x(() => {
        _.on(".drag", null);
      });
    }), (x, _) => (M(), A("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Re(["vue-flow__resize-control", [...k.value, x.variant, X(l)]]),
      style: ze({
        ...p.value,
        scale: x.variant === X(Lt).Handle ? `${Math.max(1 / X(s).zoom, 1)}` : void 0
      })
    }, [
      Ze(x.$slots, "default")
    ], 6));
  }
}), bp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, kp = /* @__PURE__ */ Xe({
  ...bp,
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
    const n = e, { findNode: o, emits: i } = Ye(), a = ["top-left", "top-right", "bottom-left", "bottom-right"], r = ["top", "right", "bottom", "left"], s = Ct(ci, null), l = Ve(() => typeof n.nodeId == "string" ? n.nodeId : s), u = ee(() => o(l.value));
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
      ([c, d, h, v, k]) => {
        const p = u.value;
        if (p && k) {
          const x = {
            id: p.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: p.dimensions.width,
              height: p.dimensions.height
            }
          };
          c && p.dimensions.width < c && (x.dimensions.width = c), d && p.dimensions.height < d && (x.dimensions.height = d), h && p.dimensions.width > h && (x.dimensions.width = h), v && p.dimensions.height > v && (x.dimensions.height = v), (x.dimensions.width !== p.dimensions.width || x.dimensions.height !== p.dimensions.height) && i.nodesChange([x]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (M(), A($e, { key: 0 }, [
      (M(), A($e, null, Fe(r, (h) => de(ha, {
        key: h,
        class: Re(c.lineClassName),
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
        onResizeStart: d[0] || (d[0] = (v) => t("resizeStart", v)),
        onResize: d[1] || (d[1] = (v) => t("resize", v)),
        onResizeEnd: d[2] || (d[2] = (v) => t("resizeEnd", v))
      }, null, 8, ["class", "style", "node-id", "position", "variant", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64)),
      (M(), A($e, null, Fe(a, (h) => de(ha, {
        key: h,
        class: Re(c.handleClassName),
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
        onResizeStart: d[3] || (d[3] = (v) => t("resizeStart", v)),
        onResize: d[4] || (d[4] = (v) => t("resize", v)),
        onResizeEnd: d[5] || (d[5] = (v) => t("resizeEnd", v))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : re("", !0);
  }
}), _p = ["data-id", "data-kind", "data-sub"], Sp = {
  key: 4,
  class: "mx-others"
}, $p = { class: "mx-head" }, Ep = { class: "mx-kind" }, Np = { class: "mx-tools nodrag" }, Mp = { class: "mx-body" }, Cp = { class: "mx-thread-title" }, Ip = { class: "mx-comment-meta" }, Tp = ["onClick"], Pp = { class: "mx-comment-text" }, Ap = {
  key: 0,
  class: "mx-empty"
}, zp = ["onKeydown"], Ht = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: a } = bt(), r = ee(() => i(t.data.id)), s = ee(() => r.value.filter((p) => !p.resolved).length), l = ee(() => n.openComments === t.data.id), u = ee(() => a(t.data.id)), c = ye(""), d = ye(null);
    function h() {
      n.openComments = l.value ? null : t.data.id, n.openComments && je(() => d.value && d.value.focus());
    }
    function v() {
      const p = c.value.trim();
      p && (o("comment", { id: t.data.id, text: p }), c.value = "");
    }
    function k(p) {
      const x = p.params || {};
      o("move", { moves: [{ id: t.data.id, x: x.x, y: x.y, w: x.width, h: x.height }] });
    }
    return (p, x) => (M(), A("div", {
      class: Re(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: ze({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (M(), He(X(kp), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: X(Wo),
        onResizeEnd: k
      }, null, 8, ["min-width", "min-height", "color"])) : re("", !0),
      e.target ? (M(), He(X(Et), {
        key: 1,
        id: "in",
        type: "target",
        position: X(fe).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : re("", !0),
      e.source ? (M(), He(X(Et), {
        key: 2,
        type: "source",
        position: X(fe).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : re("", !0),
      e.data.kind === "intent" ? (M(), A($e, { key: 3 }, [
        de(X(Et), {
          id: "seq-in",
          type: "target",
          position: X(fe).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        de(X(Et), {
          id: "seq-out",
          type: "source",
          position: X(fe).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : re("", !0),
      u.value.length ? (M(), A("div", Sp, [
        (M(!0), A($e, null, Fe(u.value, (_) => (M(), A("span", {
          key: _.id,
          class: "mx-other-tag",
          style: ze({ background: _.color })
        }, G(_.name), 5))), 128))
      ])) : re("", !0),
      $("header", $p, [
        de(Ne, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        Ze(p.$slots, "kind", {}, () => [
          $("span", Ep, G(e.kindLabel), 1)
        ]),
        x[6] || (x[6] = $("span", { class: "mx-spacer" }, null, -1)),
        Ze(p.$slots, "head"),
        s.value ? (M(), A("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: ve(h, ["stop"]),
          title: "Comments"
        }, [
          de(Ne, {
            name: "comment",
            size: 11
          }),
          Ce(G(s.value), 1)
        ])) : re("", !0),
        $("div", Np, [
          $("button", {
            title: "Comment",
            onClick: ve(h, ["stop"])
          }, [
            de(Ne, {
              name: "comment",
              size: 13
            })
          ]),
          $("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: x[0] || (x[0] = ve((_) => X(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            de(Ne, {
              name: "copy",
              size: 13
            })
          ]),
          $("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: x[1] || (x[1] = ve((_) => X(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            de(Ne, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      $("div", Mp, [
        Ze(p.$slots, "default")
      ]),
      Ze(p.$slots, "foot"),
      l.value ? (M(), A("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: x[4] || (x[4] = ve(() => {
        }, ["stop"])),
        onKeydown: x[5] || (x[5] = ve(() => {
        }, ["stop"]))
      }, [
        $("div", Cp, [
          x[7] || (x[7] = Ce("Comments ")),
          $("button", {
            class: "mx-x",
            onClick: x[2] || (x[2] = (_) => X(n).openComments = null)
          }, [
            de(Ne, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (M(!0), A($e, null, Fe(r.value, (_) => (M(), A("div", {
          key: _.id,
          class: Re(["mx-comment", { resolved: _.resolved }])
        }, [
          $("div", Ip, [
            $("b", null, G(_.author), 1),
            $("span", null, G(X(wo)(_.created)), 1),
            $("button", {
              class: "mx-resolve",
              onClick: (I) => X(o)("resolve", { id: _.id, resolved: !_.resolved })
            }, G(_.resolved ? "reopen" : "resolve"), 9, Tp)
          ]),
          $("div", Pp, G(_.text), 1)
        ], 2))), 128)),
        r.value.length ? re("", !0) : (M(), A("div", Ap, "No comments yet.")),
        Zt($("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": x[3] || (x[3] = (_) => c.value = _),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: mt(ve(v, ["exact", "prevent"]), ["enter"])
        }, null, 40, zp), [
          [mn, c.value]
        ])
      ], 32)) : re("", !0)
    ], 14, _p));
  }
}, Dp = ["value", "rows", "placeholder", "data-field"], Op = ["value", "placeholder", "data-field"], va = 450, At = {
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
    let a = t.value || "", r = null, s = 0, l = null;
    function u() {
      r = null, i.value !== a && (t.merge ? n("text", { id: t.blockId, field: t.field, base: a, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), a = i.value);
    }
    function c() {
      const k = o.value;
      !k || !t.multiline || (k.style.height = "auto", k.style.height = `${k.scrollHeight}px`);
    }
    nt(c), Ee(i, () => je(c));
    function d(k) {
      i.value = k.target.value, s = Date.now(), r && clearTimeout(r), r = setTimeout(u, 160);
    }
    function h(k) {
      const p = o.value, x = p && document.activeElement === p;
      if (x && (r || Date.now() - s < va)) {
        l = k, setTimeout(() => {
          if (l !== null) {
            const I = l;
            l = null, h(I);
          }
        }, va);
        return;
      }
      if (l = null, k === i.value) {
        a = k;
        return;
      }
      let _ = x ? p.selectionStart : null;
      if (_ !== null) {
        let I = 0;
        const y = i.value;
        for (; I < y.length && I < k.length && y[I] === k[I]; ) I++;
        I < _ && (_ += k.length - y.length);
      }
      i.value = k, a = k, _ !== null && requestAnimationFrame(() => {
        try {
          p.setSelectionRange(_, _);
        } catch {
        }
      });
    }
    function v() {
      r && (clearTimeout(r), u());
    }
    return Ee(() => t.value, (k) => h(k || "")), Vt(() => {
      r && (clearTimeout(r), u());
    }), (k, p) => e.multiline ? (M(), A("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Re(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: v,
      onKeydown: p[0] || (p[0] = ve(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, Dp)) : (M(), A("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Re(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        p[1] || (p[1] = ve(() => {
        }, ["stop"])),
        p[2] || (p[2] = mt((x) => x.target.blur(), ["enter"]))
      ],
      onBlur: v,
      "data-field": e.field
    }, null, 42, Op));
  }
}, Rp = { class: "mx-panel-ids" }, Bp = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Lp = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, Vp = { class: "lens" }, Hp = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, Fp = ["value"], Yp = ["value"], Xp = { class: "of" }, qp = ["data-choice"], Gp = { class: "k" }, Up = { class: "mx-chips" }, Wp = ["data-value", "onClick"], Kp = { class: "k" }, Zp = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = bt(), i = [
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
      const d = u.target.value === "" ? 0 : parseFloat(u.target.value);
      if (!Number.isFinite(d)) return;
      const h = l === "in" ? d : c.cut_in, v = l === "out" ? d : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: h, cut_out: v });
      const k = u.target;
      setTimeout(() => {
        document.activeElement !== k && t.shot && (k.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function s(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (M(), A("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = ve(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = ve(() => {
      }, ["stop"]))
    }, [
      $("div", Rp, [
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
        e.shot ? (M(), A("label", Bp, [
          u[8] || (u[8] = $("span", null, "#", -1)),
          $("b", Lp, G(e.shot.number), 1)
        ])) : re("", !0),
        $("label", Vp, [
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
      e.shot ? (M(), A("div", Hp, [
        u[14] || (u[14] = $("span", { class: "k" }, "cut", -1)),
        $("label", null, [
          u[10] || (u[10] = Ce("in ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => r("in", c)),
            onKeydown: u[1] || (u[1] = ve(() => {
            }, ["stop"]))
          }, null, 40, Fp),
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
            onChange: u[2] || (u[2] = (c) => r("out", c)),
            onKeydown: u[3] || (u[3] = ve(() => {
            }, ["stop"]))
          }, null, 40, Yp),
          u[13] || (u[13] = Ce("s"))
        ]),
        $("span", Xp, "of " + G(e.shot.duration_s) + "s (" + G(e.shot.duration_from) + ")", 1)
      ])) : re("", !0),
      (M(), A($e, null, Fe(i, (c) => $("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        $("span", Gp, G(c.label), 1),
        $("div", Up, [
          (M(!0), A($e, null, Fe((X(n).choices[c.field] || []).filter((d) => d), (d) => (M(), A("button", {
            key: d,
            class: Re({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: ve((h) => s(c.field, d), ["stop"])
          }, G(d), 11, Wp))), 128))
        ])
      ], 8, qp)), 64)),
      (M(), A($e, null, Fe(a, (c) => $("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        $("span", Kp, G(c.label), 1),
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
}, jp = ["src", "poster", "loop", "muted", "data-role"], Jp = {
  key: 0,
  class: "mx-clip-big",
  "aria-hidden": "true"
}, Qp = {
  key: 0,
  class: "mx-scrub nodrag"
}, eg = ["title"], tg = { class: "mx-scrub-track" }, ng = { "data-role": "time" }, og = ["data-muted", "title"], xo = {
  __name: "ClipPlayer",
  props: {
    src: String,
    poster: { type: String, default: "" },
    scrub: { type: Boolean, default: !0 },
    sound: { type: Boolean, default: !1 },
    videoRole: { type: String, default: void 0 }
  },
  setup(e) {
    const t = e, n = ye(null), o = ye(0), i = ye(0), a = ye(!1), r = ye(!t.sound);
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
    function d() {
      a.value ? c() : u();
    }
    function h() {
      t.sound || u();
    }
    function v() {
      t.sound || c();
    }
    function k() {
      r.value = !r.value, n.value && (n.value.muted = r.value);
    }
    function p() {
      a.value = !0, s || (s = requestAnimationFrame(l));
    }
    function x() {
      a.value = !1, n.value && (o.value = n.value.currentTime);
    }
    function _(T) {
      i.value = T.target.duration || 0, T.target.muted = r.value;
    }
    function I(T) {
      const O = n.value, L = T.currentTarget;
      if (!O || !i.value) return;
      const B = L.getBoundingClientRect();
      O.currentTime = o.value = Math.max(0, Math.min(1, (T.clientX - B.left) / B.width)) * i.value;
    }
    function y(T) {
      var ne;
      T.preventDefault();
      const O = T.currentTarget;
      (ne = O.setPointerCapture) == null || ne.call(O, T.pointerId), I(T);
      const L = (J) => I({ clientX: J.clientX, currentTarget: O }), B = () => {
        O.removeEventListener("pointermove", L), O.removeEventListener("pointerup", B);
      };
      O.addEventListener("pointermove", L), O.addEventListener("pointerup", B);
    }
    const m = (T) => `${Math.floor(T / 60)}:${String(Math.floor(T % 60)).padStart(2, "0")}`;
    return Vt(() => {
      s && cancelAnimationFrame(s);
    }), (T, O) => (M(), A("div", {
      class: Re(["mx-clip", { playing: a.value, "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: h,
      onPointerleave: v
    }, [
      $("div", {
        class: "mx-clip-pic",
        onClick: O[0] || (O[0] = (L) => e.sound && d())
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
          onLoadedmetadata: _,
          onPlay: p,
          onPause: x,
          onEnded: x
        }, null, 40, jp),
        e.sound && !a.value ? (M(), A("span", Jp, [
          de(Ne, {
            name: "play",
            size: 22
          })
        ])) : re("", !0)
      ]),
      e.scrub || e.sound ? (M(), A("div", Qp, [
        e.sound ? (M(), A("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "play",
          title: a.value ? "Pause" : "Play",
          onClick: ve(d, ["stop"])
        }, [
          de(Ne, {
            name: a.value ? "pause" : "play",
            size: 12
          }, null, 8, ["name"])
        ], 8, eg)) : re("", !0),
        $("div", {
          class: "mx-scrub-bar",
          "data-role": "scrub",
          onPointerdown: ve(y, ["stop"])
        }, [
          $("div", tg, [
            $("i", {
              style: ze({ width: i.value ? `${o.value / i.value * 100}%` : "0%" })
            }, null, 4)
          ])
        ], 32),
        $("span", ng, G(m(o.value)) + " / " + G(m(i.value)), 1),
        e.sound ? (M(), A("button", {
          key: 1,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": r.value ? "1" : "0",
          title: r.value ? "Sound on" : "Mute",
          onClick: ve(k, ["stop"])
        }, [
          de(Ne, {
            name: r.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, og)) : re("", !0)
      ])) : re("", !0)
    ], 34));
  }
}, ig = ["data-runs", "title"], ag = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, rg = { class: "mx-status-text" }, sg = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, lg = {
  key: 0,
  class: "mx-progress"
}, ug = { class: "mx-intent-main" }, cg = { class: "mx-intent-text" }, dg = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, fg = ["src"], hg = {
  key: 1,
  class: "mx-thumb"
}, vg = ["src"], mg = ["title", "data-in", "data-out", "data-duration"], pg = ["data-locked", "title"], gg = { class: "bar" }, yg = { class: "mx-foot nodrag" }, wg = ["title"], xg = {
  key: 1,
  class: "mx-subs"
}, bg = ["title", "onClick"], kg = ["title"], _g = ["value", "disabled"], Sg = {
  key: 3,
  class: "mx-grow"
}, $g = ["data-pipeline", "onClick"], Eg = { class: "mx-pipe-name" }, Ng = { key: 0 }, Mg = { class: "mx-pipe-stages" }, Cg = { key: 0 }, Ig = {
  key: 0,
  class: "mx-pipe-desc"
}, Tg = { class: "mx-pipe-name" }, Pg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = bt(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, a = ee(() => t.data.status || { state: "idle", label: "idle" }), r = ee(() => tn[a.value.state] || tn.idle), s = ee(() => ra[a.value.state] || ra.idle), l = ee(() => {
      const D = a.value.label || a.value.state;
      return D.startsWith(a.value.state) ? D : `${a.value.state} · ${D}`;
    }), u = ee(() => `${Math.round((a.value.fraction || 0) * 100)}%`), c = ee(() => C.value && a.value.fraction !== void 0), d = ye(!1);
    Ee(() => a.value.state, (D) => {
      D !== "failed" && (d.value = !1);
    });
    const h = ye(!1), v = ee(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), k = ee(() => n.pipelines.list.find((D) => D.name === v.value) || null);
    function p() {
      h.value = !h.value, h.value && o("pipelines");
    }
    function x(D) {
      h.value = !1, o("pipeline", { id: t.id, name: D });
    }
    const _ = ee(() => n.shots[t.id] || null), I = ee(() => {
      var D;
      return ((D = _.value) == null ? void 0 : D.duration_from) === "directive";
    }), y = ee(() => _.value ? _.value.number : "—"), m = ee(() => {
      const D = _.value;
      if (!D) return "";
      const z = D.cut_in > 0 || D.cut_out < D.duration_s;
      return `in ${T(D.cut_in)} · out ${T(D.cut_out)} of ${T(D.duration_s)}${z ? " (handles kept)" : ""}`;
    });
    function T(D) {
      return `${Math.round(D * 100) / 100}s`;
    }
    function O() {
      _.value && o("lock", { id: t.id, locked: !_.value.locked });
    }
    const L = ye(null);
    function B(D) {
      if (D.button !== 0) return;
      D.preventDefault(), D.stopPropagation();
      const z = { x: D.clientX, y: D.clientY };
      let F = !1;
      const te = (he) => {
        if (!F && Math.hypot(he.clientX - z.x, he.clientY - z.y) < 4) return;
        F = !0;
        const me = ne(he);
        L.value = { x: he.clientX, y: he.clientY, target: me ? me.id : "", before: me ? me.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ae) => ae.classList.remove("mx-seq-drop", "before", "after")), me && me.el.classList.add("mx-seq-drop", me.before ? "before" : "after");
      }, le = (he) => {
        if (window.removeEventListener("pointermove", te), window.removeEventListener("pointerup", le), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((Q) => Q.classList.remove("mx-seq-drop", "before", "after")), L.value = null, !F) return;
        const me = ne(he);
        if (!me) return;
        let ae = me.id;
        if (me.before) {
          const Q = n.sequence.filter((Me) => Me !== t.id), ie = Q.indexOf(me.id);
          ae = ie > 0 ? Q[ie - 1] : null;
        }
        ae !== t.id && o("place_after", { id: t.id, after: ae });
      };
      window.addEventListener("pointermove", te), window.addEventListener("pointerup", le);
    }
    function ne(D) {
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
    }), C = ee(() => ["queued", "claimed", "rendering"].includes(a.value.state));
    function se(D) {
      const z = n.sequence.indexOf(t.id);
      z < 0 || o("reorder", { id: t.id, index: Math.max(0, z + D) });
    }
    const E = ye(!1), Y = Ye();
    Ee(E, (D) => {
      D && je(() => {
        const z = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), F = document.querySelector(".vue-flow");
        if (!z || !F) return;
        const te = z.getBoundingClientRect().bottom - F.getBoundingClientRect().bottom + 16;
        if (te > 0) {
          const le = Y.viewport.value;
          Y.setViewport({ x: le.x, y: le.y - te, zoom: le.zoom }, { duration: 200 });
        }
      });
    });
    const P = ee(() => {
      const D = t.data, z = _.value ? _.value.number : "";
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
      edge: r.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: qe(() => [
        $("button", {
          class: Re(["mx-pipe-chip nodrag", { on: h.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": v.value,
          title: k.value ? `Runs the ${v.value} pipeline: ${k.value.stages.join(" → ")}. Click to pick another` : `Runs ${v.value}`,
          onClick: ve(p, ["stop"])
        }, [
          $("span", null, G(v.value), 1),
          de(Ne, {
            name: "down",
            size: 10
          })
        ], 10, ig)
      ]),
      head: qe(() => [
        $("span", ag, [
          $("button", {
            onClick: z[0] || (z[0] = ve((F) => se(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            de(Ne, {
              name: "left",
              size: 11
            })
          ]),
          $("b", {
            "data-role": "shot-number",
            class: Re({ locked: _.value && _.value.locked }),
            onPointerdown: B
          }, G(y.value), 35),
          $("button", {
            onClick: z[1] || (z[1] = ve((F) => se(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            de(Ne, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (M(), He(Qo(a.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: ze({ color: s.value }),
          title: a.value.state === "failed" ? "Why it failed" : [l.value, a.value.peer && `on ${a.value.peer}`, a.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": a.value.state,
          onClick: z[2] || (z[2] = ve((F) => a.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: qe(() => [
            $("i", {
              class: "mx-dot",
              style: ze({ background: a.value.state === "idle" ? s.value : r.value })
            }, null, 4),
            $("span", rg, G(l.value), 1),
            c.value ? (M(), A("b", sg, G(u.value), 1)) : re("", !0),
            a.value.state === "failed" ? (M(), He(Ne, {
              key: 1,
              name: "info",
              size: 11
            })) : re("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: qe(() => [
        $("footer", yg, [
          C.value && a.value.peer ? (M(), A("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${a.value.peer}`
          }, [
            z[13] || (z[13] = Ce("on ")),
            $("b", null, G(a.value.peer), 1)
          ], 8, wg)) : (M(), A("div", xg, [
            (M(), A($e, null, Fe(i, (F, te) => $("button", {
              key: te,
              class: Re({ on: e.data.sub === te }),
              title: te,
              onClick: ve((le) => X(o)("update", { id: e.id, fields: { sub: te } }), ["stop"])
            }, [
              de(Ne, {
                name: F,
                size: 12
              }, null, 8, ["name"])
            ], 10, bg)), 64))
          ])),
          C.value && a.value.peer ? re("", !0) : (M(), A("label", {
            key: 2,
            class: "mx-dur",
            "data-role": "duration",
            title: I.value ? "Set by a duration directive attached to this intent" : "Duration in seconds"
          }, [
            $("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: I.value ? _.value.duration_s : e.data.duration_s,
              disabled: I.value,
              onChange: W,
              onKeydown: z[4] || (z[4] = ve(() => {
              }, ["stop"]))
            }, null, 40, _g),
            z[14] || (z[14] = Ce("s "))
          ], 8, kg)),
          $("button", {
            class: Re(["mx-panel-toggle", { on: E.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: z[5] || (z[5] = ve((F) => E.value = !E.value, ["stop"]))
          }, [
            de(Ne, {
              name: "film",
              size: 12
            })
          ], 2),
          C.value && a.value.peer ? re("", !0) : (M(), A("span", Sg)),
          C.value ? (M(), A("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: z[6] || (z[6] = ve((F) => X(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            de(Ne, {
              name: "square",
              size: 10
            }),
            z[15] || (z[15] = Ce("Cancel"))
          ])) : (M(), A("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: z[7] || (z[7] = ve((F) => X(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            de(Ne, {
              name: "play",
              size: 11
            }),
            z[16] || (z[16] = Ce("Render"))
          ]))
        ]),
        a.value.state === "failed" && d.value ? (M(), A("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: z[9] || (z[9] = ve(() => {
          }, ["stop"]))
        }, [
          $("b", null, G(a.value.stage ? `${a.value.stage} failed` : "failed"), 1),
          Ce(G(a.value.reason) + " ", 1),
          $("button", {
            class: "mx-x",
            title: "Close",
            onClick: z[8] || (z[8] = ve((F) => d.value = !1, ["stop"]))
          }, [
            de(Ne, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : re("", !0),
        h.value ? (M(), A("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: z[11] || (z[11] = ve(() => {
          }, ["stop"])),
          onWheel: z[12] || (z[12] = ve(() => {
          }, ["stop"]))
        }, [
          z[18] || (z[18] = $("div", { class: "mx-pipes-title" }, [
            Ce("Pipeline "),
            $("span", null, "what rendering this intent makes")
          ], -1)),
          (M(!0), A($e, null, Fe(X(n).pipelines.list, (F) => (M(), A("button", {
            key: F.name,
            class: Re(["mx-pipe", { on: F.name === v.value }]),
            "data-pipeline": F.name,
            onClick: ve((te) => x(F.name), ["stop"])
          }, [
            $("span", Eg, [
              Ce(G(F.name), 1),
              F.name === X(n).pipelines.defaults[e.data.sub] ? (M(), A("i", Ng, "default for " + G(e.data.sub), 1)) : re("", !0)
            ]),
            $("span", Mg, [
              Ce(G(F.needs.join(" → ")), 1),
              F.optional.length ? (M(), A("i", Cg, "+ " + G(F.optional.join(", ")) + " when linked", 1)) : re("", !0)
            ]),
            F.description ? (M(), A("span", Ig, G(F.description), 1)) : re("", !0),
            X(n).pipelines.live ? (M(), A("span", {
              key: 1,
              class: Re(["mx-pipe-who", { none: !F.runnable_by.length }])
            }, G(F.runnable_by.length ? `runs on ${F.runnable_by.join(", ")}` : `no live machine runs ${F.needs.join(" + ")}`), 3)) : re("", !0)
          ], 10, $g))), 128)),
          e.data.pipeline ? (M(), A("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: z[10] || (z[10] = ve((F) => {
              X(o)("pipeline", { id: e.id, name: "" }), h.value = !1;
            }, ["stop"]))
          }, [
            $("span", Tg, [
              z[17] || (z[17] = Ce("back to the default")),
              $("i", null, G(X(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : re("", !0)
        ], 32)) : re("", !0),
        E.value ? (M(), He(Zp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: _.value
        }, null, 8, ["id", "data", "shot"])) : re("", !0),
        (M(), He(Qr, { to: "body" }, [
          L.value ? (M(), A("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: ze({ left: `${L.value.x + 12}px`, top: `${L.value.y + 12}px` })
          }, [
            Ce(" shot " + G(y.value), 1),
            L.value.target ? (M(), A($e, { key: 0 }, [
              Ce(" · " + G(L.value.before ? "before" : "after"), 1)
            ], 64)) : re("", !0)
          ], 4)) : re("", !0)
        ]))
      ]),
      default: qe(() => [
        a.value.fraction !== void 0 && a.value.state !== "idle" ? (M(), A("div", lg, [
          $("div", {
            style: ze({ width: `${Math.round((a.value.fraction || 0) * 100)}%`, background: r.value })
          }, null, 4)
        ])) : re("", !0),
        $("div", ug, [
          $("div", cg, [
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
            P.value ? (M(), A("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: z[3] || (z[3] = ve((F) => E.value = !E.value, ["stop"]))
            }, G(P.value), 1)) : re("", !0)
          ]),
          a.value.state === "rendering" && a.value.thumb ? (M(), A("div", dg, [
            $("img", {
              src: a.value.thumb,
              alt: ""
            }, null, 8, fg)
          ])) : J.value ? (M(), A("div", hg, [
            (J.value.mime || "").startsWith("video") ? (M(), He(xo, {
              key: 0,
              src: J.value.url,
              poster: Z.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (M(), A("img", {
              key: 1,
              src: J.value.url,
              alt: ""
            }, null, 8, vg))
          ])) : re("", !0)
        ]),
        _.value ? (M(), A("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: m.value,
          "data-in": _.value.cut_in,
          "data-out": _.value.cut_out,
          "data-duration": _.value.duration_s
        }, [
          $("button", {
            class: Re(["mx-lock", { on: _.value.locked }]),
            "data-role": "lock",
            "data-locked": _.value.locked ? "true" : "false",
            title: _.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: ve(O, ["stop"])
          }, [
            de(Ne, {
              name: _.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, pg),
          $("div", gg, [
            $("i", {
              style: ze({ left: `${_.value.cut_in / _.value.duration_s * 100}%`, width: `${(_.value.cut_out - _.value.cut_in) / _.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          $("span", null, [
            Ce(G(T(_.value.cut_in)) + "–" + G(T(_.value.cut_out)), 1),
            _.value.edit_s !== _.value.duration_s ? (M(), A($e, { key: 0 }, [
              Ce(" / " + G(T(_.value.duration_s)), 1)
            ], 64)) : re("", !0)
          ])
        ], 8, mg)) : re("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, Ag = ["src"], zg = ["title"], Dg = { class: "mx-scrub-track" }, Og = { "data-role": "time" }, Rg = {
  __name: "AudioPlayer",
  props: { src: String },
  setup(e) {
    const t = ye(null), n = ye(0), o = ye(0), i = ye(!1);
    let a = 0;
    function r() {
      t.value && (n.value = t.value.currentTime), a = i.value ? requestAnimationFrame(r) : 0;
    }
    function s() {
      const k = t.value;
      if (!k) return;
      if (!k.paused) {
        k.pause();
        return;
      }
      const p = k.play();
      p && p.catch && p.catch(() => {
      });
    }
    function l() {
      const k = t.value;
      if (Number.isFinite(k.duration)) {
        o.value = k.duration;
        return;
      }
      const p = () => {
        k.removeEventListener("durationchange", p), o.value = Number.isFinite(k.duration) ? k.duration : 0, k.currentTime = 0;
      };
      k.addEventListener("durationchange", p), k.currentTime = 1e7;
    }
    function u() {
      i.value = !0, a || (a = requestAnimationFrame(r));
    }
    function c() {
      i.value = !1, t.value && (n.value = t.value.currentTime);
    }
    function d(k, p) {
      const x = t.value;
      if (!x || !o.value) return;
      const _ = p.getBoundingClientRect();
      x.currentTime = n.value = Math.max(0, Math.min(1, (k.clientX - _.left) / _.width)) * o.value;
    }
    function h(k) {
      var I;
      k.preventDefault();
      const p = k.currentTarget;
      (I = p.setPointerCapture) == null || I.call(p, k.pointerId), d(k, p);
      const x = (y) => d(y, p), _ = () => {
        p.removeEventListener("pointermove", x), p.removeEventListener("pointerup", _);
      };
      p.addEventListener("pointermove", x), p.addEventListener("pointerup", _);
    }
    const v = (k) => `${Math.floor(k / 60)}:${String(Math.floor(k % 60)).padStart(2, "0")}`;
    return (k, p) => (M(), A("div", {
      class: Re(["mx-audio nodrag", { playing: i.value }]),
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
      }, null, 40, Ag),
      $("button", {
        class: "mx-clip-btn",
        "data-role": "play",
        title: i.value ? "Pause" : "Play",
        onClick: ve(s, ["stop"])
      }, [
        de(Ne, {
          name: i.value ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, zg),
      $("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: ve(h, ["stop"])
      }, [
        $("div", Dg, [
          $("i", {
            style: ze({ width: o.value ? `${n.value / o.value * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      $("span", Og, G(v(n.value)) + " / " + G(v(o.value)), 1)
    ], 2));
  }
};
async function Fr(e, t, { block: n = "", x: o = 0, y: i = 0, attach: a = "" } = {}) {
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
    const t = e, { state: n, send: o } = bt(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, a = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, r = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], s = ee(() => Object.entries(t.data.params || {})), l = ye(""), u = ye(""), c = ye(!1), d = ye(null), h = ye("");
    function v(y, m) {
      const T = { ...t.data.params || {} };
      m === null ? delete T[y] : T[y] = m, o("update", { id: t.id, fields: { params: T } });
    }
    function k() {
      l.value.trim() && (v(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function p(y) {
      c.value = !1;
      const m = y.dataTransfer && y.dataTransfer.files && y.dataTransfer.files[0];
      m && (y.preventDefault(), y.stopPropagation(), await x(m));
    }
    async function x(y) {
      h.value = "";
      try {
        await Fr(n.token, y, { block: t.id });
      } catch (m) {
        h.value = String(m.message || m);
      }
    }
    function _(y) {
      const m = y.target.files[0];
      m && x(m);
    }
    async function I() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const y = await navigator.mediaDevices.getUserMedia({ audio: !0 }), m = new MediaRecorder(y), T = [];
        m.ondataavailable = (O) => T.push(O.data), m.onstop = () => {
          y.getTracks().forEach((O) => O.stop()), d.value = null, x(new Blob(T, { type: m.mimeType || "audio/webm" }));
        }, m.start(), d.value = m;
      } catch (y) {
        h.value = "microphone unavailable: " + (y.message || y);
      }
    }
    return (y, m) => (M(), He(Ht, {
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
      default: qe(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (M(), A("div", {
          key: 0,
          class: Re(["mx-drop nodrag", { over: c.value }]),
          onDragover: m[0] || (m[0] = ve((T) => c.value = !0, ["prevent", "stop"])),
          onDragleave: m[1] || (m[1] = (T) => c.value = !1),
          onDrop: p
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (M(), A("div", Bg, [
            de(xo, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (M(), A("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Lg)) : (M(), A("label", Vg, [
            de(Ne, {
              name: "upload",
              size: 18
            }),
            m[5] || (m[5] = $("span", null, [
              Ce("Drop an image or "),
              $("u", null, "choose")
            ], -1)),
            $("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: _
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
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (M(), A("div", Hg, [
          $("button", {
            class: Re(["mx-rec", { live: d.value }]),
            onClick: ve(I, ["stop"])
          }, [
            de(Ne, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ce(G(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (M(), He(Rg, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : re("", !0)
        ])) : e.data.sub === "directive" ? (M(), A("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: m[4] || (m[4] = ve(() => {
          }, ["stop"]))
        }, [
          (M(!0), A($e, null, Fe(s.value, ([T, O]) => (M(), A("div", {
            key: T,
            class: "mx-kv"
          }, [
            $("span", Fg, G(T), 1),
            $("input", {
              class: "v",
              value: O,
              onChange: (L) => v(T, L.target.value)
            }, null, 40, Yg),
            $("button", {
              onClick: ve((L) => v(T, null), ["stop"])
            }, [
              de(Ne, {
                name: "x",
                size: 11
              })
            ], 8, Xg)
          ]))), 128)),
          $("div", qg, [
            Zt($("input", {
              class: "k",
              "onUpdate:modelValue": m[2] || (m[2] = (T) => l.value = T),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: mt(k, ["enter"])
            }, null, 544), [
              [mn, l.value]
            ]),
            Zt($("input", {
              class: "v",
              "onUpdate:modelValue": m[3] || (m[3] = (T) => u.value = T),
              placeholder: "value",
              onKeydown: mt(k, ["enter"])
            }, null, 544), [
              [mn, u.value]
            ]),
            $("button", {
              onClick: ve(k, ["stop"])
            }, [
              de(Ne, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          $("datalist", Gg, [
            (M(), A($e, null, Fe(r, (T) => $("option", {
              key: T,
              value: T
            }, null, 8, Ug)), 64))
          ])
        ], 32)) : re("", !0),
        h.value ? (M(), A("div", Wg, G(h.value), 1)) : re("", !0)
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
    const t = e, { send: n } = bt(), o = ee(() => t.data.takes || [t.id]), i = ee(() => Math.max(0, o.value.indexOf(t.id))), a = ee(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function r(s) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + s + l) % l] });
    }
    return (s, l) => (M(), He(Ht, {
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
      head: qe(() => [
        e.data.chosen ? (M(), A("span", Zg, [
          de(Ne, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = Ce("chosen"))
        ])) : re("", !0)
      ]),
      foot: qe(() => [
        $("footer", ey, [
          o.value.length > 1 ? (M(), A("span", ty, [
            $("button", {
              onClick: l[0] || (l[0] = ve((u) => r(-1), ["stop"])),
              title: "Previous take"
            }, [
              de(Ne, {
                name: "left",
                size: 11
              })
            ]),
            Ce(" take " + G(i.value + 1) + "/" + G(o.value.length) + " ", 1),
            $("button", {
              onClick: l[1] || (l[1] = ve((u) => r(1), ["stop"])),
              title: "Next take"
            }, [
              de(Ne, {
                name: "right",
                size: 11
              })
            ])
          ])) : re("", !0),
          e.data.chosen ? re("", !0) : (M(), A("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = ve((u) => X(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          $("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Ce(G(e.data.width) + "×" + G(e.data.height), 1),
            e.data.duration_s ? (M(), A($e, { key: 0 }, [
              Ce(" · " + G(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : re("", !0),
            Ce(" · " + G(e.data.peer_name || e.data.peer_id), 1)
          ], 8, ny),
          $("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = ve((u) => X(n)("grow", { id: e.id }), ["stop"]))
          }, [
            de(Ne, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ce("New intent"))
          ])
        ])
      ]),
      default: qe(() => [
        $("div", jg, [
          a.value && e.data.url ? (M(), He(xo, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (M(), A("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Jg)) : (M(), A("div", Qg, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, iy = { class: "mx-stream nowheel" }, ay = {
  key: 0,
  class: "mx-empty"
}, ry = { class: "mx-machine-head" }, sy = { class: "n" }, ly = { class: "bar" }, uy = { class: "u" }, cy = { class: "m" }, dy = { class: "t" }, fy = {
  key: 0,
  class: "mx-dim"
}, hy = {
  key: 0,
  class: "mx-empty"
}, vy = { class: "mx-job-head" }, my = { class: "bar" }, py = { class: "mx-dim" }, gy = {
  key: 0,
  class: "mx-empty"
}, yy = { class: "n" }, wy = { class: "s" }, xy = {
  key: 0,
  class: "mx-empty"
}, by = { class: "t" }, ky = { class: "p" }, _y = { class: "msg" }, Sy = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = bt(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, a = ee(() => (t.data.peer_filter || "").toLowerCase()), r = ee(() => n.activity.peers.filter((c) => !a.value || c.id.toLowerCase().includes(a.value) || c.name.toLowerCase().includes(a.value))), s = ee(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
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
          e.data.sub === "gpu" ? (M(), A($e, { key: 0 }, [
            r.value.length ? re("", !0) : (M(), A("div", ay, d[1] || (d[1] = [
              Ce("No machines on this board yet. Start a peer: "),
              $("code", null, "multiplex up", -1)
            ]))),
            (M(!0), A($e, null, Fe(r.value, (h) => (M(), A("div", {
              key: h.id,
              class: "mx-machine"
            }, [
              $("div", ry, [
                $("i", {
                  class: Re(["mx-dot", h.live ? h.paused ? "paused" : "on" : "off"])
                }, null, 2),
                $("b", null, G(h.name), 1),
                $("span", null, G(h.busy) + "/" + G(h.slots) + " busy" + G(h.paused ? " · paused" : ""), 1)
              ]),
              (M(!0), A($e, null, Fe(h.gpus, (v) => (M(), A("div", {
                key: v.index,
                class: "mx-gpu"
              }, [
                $("span", sy, G(v.index), 1),
                $("div", ly, [
                  $("div", {
                    style: ze({ width: `${v.util}%`, background: l(v.util) })
                  }, null, 4)
                ]),
                $("span", uy, G(Math.round(v.util)) + "%", 1),
                $("span", cy, G(X(sa)(v.mem_used)) + "/" + G(X(sa)(v.mem_total)), 1),
                $("span", dy, G(v.temp ? `${Math.round(v.temp)}°` : ""), 1)
              ]))), 128)),
              h.gpus.length ? re("", !0) : (M(), A("div", fy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (M(), A($e, { key: 1 }, [
            X(n).activity.running.length ? re("", !0) : (M(), A("div", hy, "Nothing rendering.")),
            (M(!0), A($e, null, Fe(X(n).activity.running, (h) => (M(), A("div", {
              key: h.id,
              class: "mx-job"
            }, [
              $("div", vy, [
                $("b", null, G(h.title || h.intent), 1),
                $("span", null, G(h.stage) + " · " + G(h.peer || "—"), 1)
              ]),
              $("div", my, [
                $("div", {
                  style: ze({ width: `${Math.round(h.fraction * 100)}%` })
                }, null, 4)
              ]),
              $("div", py, G(h.state) + " " + G(Math.round(h.fraction * 100)) + "% " + G(h.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (M(), A($e, { key: 2 }, [
            X(n).activity.queue.length ? re("", !0) : (M(), A("div", gy, "Queue is empty.")),
            (M(!0), A($e, null, Fe(X(n).activity.queue, (h, v) => (M(), A("div", {
              key: h.id,
              class: "mx-qrow"
            }, [
              $("span", yy, G(String(v + 1).padStart(2, "0")), 1),
              $("b", null, G(h.title || h.intent), 1),
              $("span", null, G(h.stage), 1),
              $("span", wy, G(h.state), 1)
            ]))), 128))
          ], 64)) : (M(), A($e, { key: 3 }, [
            s.value.length ? re("", !0) : (M(), A("div", xy, "Waiting for activity…")),
            (M(!0), A($e, null, Fe(s.value, (h, v) => (M(), A("div", {
              key: v,
              class: "mx-logline"
            }, [
              $("span", by, G(X(wo)(h.t)), 1),
              $("span", {
                class: "k",
                style: ze({ color: u[h.kind] || "#9ca3af" })
              }, G(h.kind), 5),
              $("span", ky, G(h.peer), 1),
              $("span", _y, G(h.stage) + " " + G(h.msg), 1)
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
}, Ty = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ye(null), o = ye(!1), i = ee(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), a = ee(() => (t.data.think || "").trim());
    return Ee(() => t.data.text, () => je(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (r, s) => (M(), He(Ht, {
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
          e.data.updated ? (M(), A($e, { key: 0 }, [
            Ce(" · " + G(X(wo)(e.data.updated)), 1)
          ], 64)) : re("", !0)
        ])
      ]),
      default: qe(() => [
        $("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (M(), A("p", Ey, G(e.data.status), 1)) : re("", !0),
          a.value ? (M(), A("div", Ny, [
            $("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: s[0] || (s[0] = ve((l) => o.value = !o.value, ["stop"]))
            }, G(o.value ? "▾" : "▸") + " reasoning ", 9, My),
            o.value ? (M(), A("pre", Cy, G(a.value), 1)) : re("", !0)
          ])) : re("", !0),
          (M(!0), A($e, null, Fe(i.value, (l, u) => (M(), A("p", {
            key: u,
            class: Re({ last: u === i.value.length - 1 })
          }, G(l), 3))), 128)),
          i.value.length ? re("", !0) : (M(), A("p", Iy, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Py = { class: "mx-media-box mx-with-caption" }, Ay = ["src"], zy = {
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
        $("div", Py, [
          e.data.url ? (M(), A("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Ay)) : (M(), A("div", zy, n[0] || (n[0] = [
            $("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Ry = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function ma(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function pa(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const a = new URLSearchParams({ token: e, kind: t, block: n });
  let r = await ma(await fetch(`/canvas/api/export?${a}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; r.state === "running"; )
    i(r), await new Promise((s) => setTimeout(s, 300)), r = await ma(await fetch(`/canvas/api/export/${encodeURIComponent(r.id)}?${new URLSearchParams({ token: e })}`));
  if (i(r), r.state !== "done") throw new Error(`${t} export ${r.state}: ${r.error || "no reason given"}`);
  return r;
}
function By(e, t) {
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
    const t = e, { state: n } = bt(), o = vn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = vn({}), a = ee(() => Object.values(n.shots)), r = ee(() => a.value.reduce((c, d) => c + d.edit_s, 0)), s = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await pa(n.token, "animatic", {
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
          const d = await pa(n.token, c, { onProgress: (h) => {
            i[c] = h.fraction || 0;
          } });
          By(d.url, d.filename);
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
        $("span", Ly, G(a.value.length) + " shot" + G(a.value.length === 1 ? "" : "s") + " · " + G(s(r.value)), 1)
      ]),
      foot: qe(() => [
        $("footer", Xy, [
          $("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !a.value.length,
            onClick: ve(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            de(Ne, {
              name: "play",
              size: 11
            }),
            Ce(G(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, qy),
          $("label", Gy, [
            Zt($("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (h) => o.burnIn = h),
              onKeydown: d[1] || (d[1] = ve(() => {
              }, ["stop"]))
            }, null, 544), [
              [es, o.burnIn]
            ]),
            d[2] || (d[2] = Ce("shot no."))
          ]),
          d[3] || (d[3] = $("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (M(), A("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Ce(G(e.data.shots) + " shots · " + G(s(e.data.duration_s)), 1),
            e.data.built ? (M(), A($e, { key: 0 }, [
              Ce(" · " + G(X(wo)(e.data.built)), 1)
            ], 64)) : re("", !0)
          ], 8, Uy)) : re("", !0)
        ]),
        $("div", Wy, [
          (M(!0), A($e, null, Fe(X(Ry), (h) => (M(), A("button", {
            key: h.kind,
            title: `${h.title} — download`,
            "data-kind": h.kind,
            class: Re({ busy: i[h.kind] !== void 0 }),
            disabled: !a.value.length,
            onClick: ve((v) => u(h.kind), ["stop"])
          }, [
            de(Ne, {
              name: i[h.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Ce(G(h.label) + " ", 1),
            i[h.kind] !== void 0 ? (M(), A("i", {
              key: 0,
              style: ze({ width: `${Math.round(i[h.kind] * 100)}%` })
            }, null, 4)) : re("", !0)
          ], 10, Ky))), 128))
        ]),
        o.error ? (M(), A("div", Zy, G(o.error), 1)) : re("", !0)
      ]),
      default: qe(() => [
        $("div", Vy, [
          e.data.url ? (M(), He(xo, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (M(), A("div", Hy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (M(), A("div", {
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
          ], 8, Fy)) : re("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Jy = { class: "mx-root" }, Qy = { class: "mx-wordmark" }, e1 = { "data-role": "board-name" }, t1 = { class: "mx-people" }, n1 = ["title"], o1 = ["disabled"], i1 = { key: 0 }, a1 = { class: "mx-snap-new" }, r1 = ["onClick"], s1 = ["onClick"], l1 = {
  key: 0,
  class: "mx-empty"
}, u1 = { class: "mx-toasts" }, c1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, d1 = { class: "mx-dialog-kicker" }, f1 = { class: "mx-dialog-title" }, h1 = { class: "mx-cost" }, v1 = {
  key: 0,
  class: "mx-warn"
}, m1 = { class: "mx-dialog-actions" }, p1 = { class: "mx-search-in" }, g1 = ["onClick", "onMouseenter"], ga = "mx-flow", y1 = 0.42, w1 = 0.2, N1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, a = fv(i), { state: r, send: s } = a;
    Ot(Cr, a), r.me = o.me || r.me, r.board = o.board, r.token = o.token;
    const l = Ye(ga), u = {
      intent: it(Pg),
      comp: it(Kg),
      gen_art: it(oy),
      activity: it(Sy),
      narration: it(Ty),
      visual_narration: it(Oy),
      animatic: it(jy)
    }, c = (N) => N.kind === "activity" && N.sub === "animatic" ? "animatic" : N.kind, d = u, h = [8, 8], v = ["Shift", "Meta", "Control"], k = { type: "default" }, p = { class: "mx-connecting" }, x = /* @__PURE__ */ new Map(), _ = ye(0), I = /* @__PURE__ */ new Map(), y = ye(null), m = ye(null), T = ye(!1), O = ye([]), L = ye(null), B = vn({ open: !1, q: "", i: 0 }), ne = ye(!1), J = ye(""), Z = ye(!1);
    function C(N) {
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
    function se(N) {
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
    function E(N, R) {
      return {
        id: `seq:${N}:${R}`,
        source: N,
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
      const N = /* @__PURE__ */ new Set();
      for (const Ae of cn(l.nodes.value)) Ae.hidden || N.add(Ae.id);
      const R = /* @__PURE__ */ new Map();
      if (N.size) {
        for (const Be of I.values()) N.has(Be.src) && N.has(Be.dst) && R.set(Be.id, Be);
        const Ae = r.sequence;
        for (let Be = 0; Be + 1 < Ae.length; Be++)
          N.has(Ae[Be]) && N.has(Ae[Be + 1]) && R.set(`seq:${Ae[Be]}:${Ae[Be + 1]}`, [Ae[Be], Ae[Be + 1]]);
      }
      const j = cn(l.edges.value), ke = j.filter((Ae) => !R.has(Ae.id)).map((Ae) => Ae.id), Se = new Set(j.map((Ae) => Ae.id)), Ge = [];
      for (const [Ae, Be] of R) Se.has(Ae) || Ge.push(Array.isArray(Be) ? E(Be[0], Be[1]) : se(Be));
      ke.length && l.removeEdges(ke), Ge.length && l.addEdges(Ge);
    }
    let P = !1;
    function W() {
      P || (P = !0, je(() => {
        P = !1, Y();
      }));
    }
    function D(N) {
      var j;
      const R = window.__mxMarks = window.__mxMarks || {};
      R.reset = performance.now(), x.clear(), I.clear(), z.clear();
      for (const ke of N.blocks) z.add(ke.id);
      for (const ke of N.blocks) x.set(ke.id, ke);
      for (const ke of N.edges) I.set(ke.id, ke);
      r.sequence = N.sequence || [], r.shots = N.shots || {}, r.comments = N.comments || [], r.snapshots = N.snapshots || [], N.activity && (r.activity = N.activity), N.users && (r.users = N.users), N.choices && (r.choices = N.choices), N.pipelines && (r.pipelines = N.pipelines), T.value || Q(N.blocks), _.value++, l.setNodes(N.blocks.map(C)), l.setEdges([]), (j = m.value) == null || j.settle(), Y(), R.set = performance.now(), T.value || (T.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const z = /* @__PURE__ */ new Set();
    function F(N, R, j, ke = 0) {
      const Se = l.findNode(N);
      if (!Se) {
        z.has(N) ? ke < 8 && je(() => {
          const Be = x.get(N);
          Be && F(N, Be, [], ke + 1);
        }) : (z.add(N), j.push(C(R)));
        return;
      }
      Se.data = R, Se.type !== c(R) && (Se.type = c(R)), !Se.dragging && (Se.position.x !== R.x || Se.position.y !== R.y) && (Se.position = { x: R.x, y: R.y }, Se.hidden && (Se.computedPosition = { ...Se.computedPosition, x: R.x, y: R.y }));
      const Ge = `${R.w}px`, Ae = `${R.h}px`;
      (!Se.style || Se.style.width !== Ge || Se.style.height !== Ae) && (Se.style = { ...Se.style || {}, width: Ge, height: Ae }, Se.hidden && (Se.dimensions = { width: R.w, height: R.h }));
    }
    function te(N) {
      if (N.blocks) {
        const R = [], j = [];
        for (const [ke, Se] of Object.entries(N.blocks)) {
          if (Se === null) {
            x.delete(ke), z.delete(ke) && j.push(ke);
            continue;
          }
          x.set(ke, Se), F(ke, Se, R);
        }
        j.length && l.removeNodes(j), R.length && l.addNodes(R), _.value++;
      }
      if (N.edges) {
        const R = [], j = [];
        for (const [ke, Se] of Object.entries(N.edges))
          Se === null ? (I.delete(ke), j.push(ke)) : I.has(ke) || (I.set(ke, Se), R.push(ke));
        (j.length || R.length) && W(), _.value++;
      }
      N.sequence && (r.sequence = N.sequence), N.shots && (r.shots = N.shots), (N.sequence || N.blocks && Object.values(N.blocks).some((R) => R === null || R && R.kind === "intent")) && W(), N.comments && (r.comments = N.comments), N.snapshots && (r.snapshots = N.snapshots), N.activity && (r.activity = N.activity), N.users && (r.users = N.users);
    }
    function le(N) {
      const R = { id: Math.random(), text: N.text || String(N), kind: N.kind || "info" };
      O.value.push(R), setTimeout(() => {
        O.value = O.value.filter((j) => j !== R);
      }, N.kind === "error" ? 6e3 : 3200);
    }
    function he(N) {
      N.preview && (L.value = N.preview), N.pipelines && (r.pipelines = N.pipelines), N.notify && le({ text: N.notify }), N.error && le({ text: N.error, kind: "error" });
    }
    t({ reset: D, apply: te, notify: le, reply: he }), l.onNodeDragStop(({ nodes: N }) => {
      s("move", { moves: N.map((R) => ({ id: R.id, x: Math.round(R.position.x), y: Math.round(R.position.y) })) });
    });
    const me = l.fitView;
    l.fitView = (N = {}) => me({ ...N, includeHiddenNodes: !0 });
    function ae(N, R, j) {
      var Ge, Ae, Be;
      const ke = (Ge = document.elementFromPoint(N, R)) == null ? void 0 : Ge.closest(`[data-kind${`="${j}"`}][data-id]`);
      if (ke) return ke.dataset.id;
      const Se = (Ae = m.value) == null ? void 0 : Ae.hitAt(N, R);
      return Se && (!j || ((Be = x.get(Se)) == null ? void 0 : Be.kind) === j) ? Se : "";
    }
    function Q(N) {
      const R = y.value;
      if (!N.length || !R) return;
      let j = 1 / 0, ke = 1 / 0, Se = -1 / 0, Ge = -1 / 0;
      for (const Yt of N)
        j = Math.min(j, Yt.x), ke = Math.min(ke, Yt.y), Se = Math.max(Se, Yt.x + Yt.w), Ge = Math.max(Ge, Yt.y + Yt.h);
      const Ae = R.clientWidth, Be = R.clientHeight, Ft = Math.max(0.05, Math.min(1, Math.min(Ae / (Se - j), Be / (Ge - ke)) * (1 - 0.12)));
      r.lod = S(Ft), l.setViewport({ x: (Ae - (Se - j) * Ft) / 2 - j * Ft, y: (Be - (Ge - ke) * Ft) / 2 - ke * Ft, zoom: Ft });
    }
    l.onConnect((N) => s("connect", { source: N.source, target: N.target }));
    function ie({ kind: N, sub: R, clientX: j, clientY: ke, dragged: Se }) {
      const Ge = y.value.getBoundingClientRect();
      let Ae;
      if (Se) {
        if (j < Ge.left || ke < Ge.top) return;
        Ae = l.screenToFlowCoordinate({ x: j, y: ke });
      } else
        Ae = l.screenToFlowCoordinate({ x: Ge.left + Ge.width / 2, y: Ge.top + Ge.height / 2 });
      let Be = "";
      Se && N === "comp" && (Be = ae(j, ke, "intent")), s("create", { kind: N, sub: R, x: Math.round(Ae.x - 40), y: Math.round(Ae.y - 20), attach: Be });
    }
    async function Me(N) {
      Z.value = !1;
      const R = [...N.dataTransfer && N.dataTransfer.files || []];
      if (!R.length) return;
      N.preventDefault();
      const j = ae(N.clientX, N.clientY, "intent");
      let { x: ke, y: Se } = l.screenToFlowCoordinate({ x: N.clientX, y: N.clientY });
      for (const Ge of R.slice(0, 12)) {
        try {
          await Fr(r.token, Ge, { x: Math.round(ke), y: Math.round(Se), attach: j });
        } catch (Ae) {
          le({ text: String(Ae.message || Ae), kind: "error" });
        }
        ke += 30, Se += 30;
      }
    }
    const Te = ee(() => l.getSelectedNodes.value.map((N) => N.id)), we = ee(() => l.getSelectedNodes.value.filter((N) => N.type === "intent").map((N) => N.id));
    let Ie = null;
    Ee(Te, (N) => {
      clearTimeout(Ie), Ie = setTimeout(() => i("presence", { selection: N.slice(0, 200) }), 120);
    });
    let pe = 0;
    function ge(N) {
      const R = performance.now();
      if (R - pe < 80) return;
      pe = R;
      const j = l.screenToFlowCoordinate({ x: N.clientX, y: N.clientY });
      i("presence", { cursor: { x: Math.round(j.x), y: Math.round(j.y) } });
    }
    function S(N) {
      return N < w1 ? 2 : N < y1 ? 1 : 0;
    }
    Ee(() => S(l.viewport.value.zoom), (N) => {
      r.lod = N;
    }, { immediate: !0 });
    const b = ye(!1);
    let f = null;
    l.onMove(() => {
      b.value || (b.value = !0), clearTimeout(f), f = setTimeout(() => {
        b.value = !1;
      }, 180);
    });
    const g = ee(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), w = ee(() => {
      const N = g.value;
      return { gap: 24 * 2 ** N, size: N ? 1.2 * 2 ** (N + 1) : 1.2 };
    }), V = ee(() => r.users.filter((N) => N.id !== r.me.id && N.cursor)), H = ee(() => {
      const N = /* @__PURE__ */ new Map();
      for (const R of r.users) N.has(R.id) || N.set(R.id, R);
      return [...N.values()];
    });
    function q() {
      const N = we.value;
      if (!N.length) {
        le({ text: "Select one or more intents to render" });
        return;
      }
      s("preview", { ids: N });
    }
    function K() {
      L.value && (s("render", { ids: L.value.intents }), L.value = null);
    }
    const U = ee(() => {
      const N = L.value;
      return N ? N.gpus > 0 ? `Commit ${N.gpus} GPU${N.gpus > 1 ? "s" : ""}` : N.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function oe() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function ue(N) {
      s("move", { moves: N });
    }
    function xe(N) {
      N > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const be = ee(() => hv([...x.values()], B.q));
    function De() {
      B.open = !0, B.q = "", B.i = 0, je(() => {
        var N;
        return (N = document.querySelector(".mx-search input")) == null ? void 0 : N.focus();
      });
    }
    function Le(N) {
      if (!N) return;
      B.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const R = l.findNode(N.id);
      R && (l.addSelectedNodes([R]), l.fitView({ nodes: [N.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function ot(N) {
      const R = N.target;
      return R && (R.tagName === "INPUT" || R.tagName === "TEXTAREA" || R.isContentEditable);
    }
    function on(N) {
      const R = N.ctrlKey || N.metaKey, j = N.key.toLowerCase();
      if (R && j === "k") {
        N.preventDefault(), De();
        return;
      }
      if (N.key === "Escape") {
        B.open = !1, L.value = null, ne.value = !1, r.openComments = null;
        return;
      }
      if (L.value && N.key === "Enter") {
        N.preventDefault(), K();
        return;
      }
      if (!ot(N))
        if (N.key === "Delete" || N.key === "Backspace") {
          const ke = l.getSelectedEdges.value.filter((Se) => !Se.id.startsWith("seq:")).map((Se) => Se.id);
          (Te.value.length || ke.length) && (N.preventDefault(), s("delete", { ids: Te.value, edges: ke }));
        } else R && j === "d" ? (N.preventDefault(), s("duplicate", { ids: Te.value })) : R && j === "z" && !N.shiftKey ? (N.preventDefault(), s("undo")) : R && (j === "y" || j === "z" && N.shiftKey) ? (N.preventDefault(), s("redo")) : !R && j === "r" ? (N.preventDefault(), q()) : !R && j === "f" ? (N.preventDefault(), oe()) : !R && N.key === "/" ? (N.preventDefault(), De()) : R && j === "a" && (N.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    nt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", on), i("ready");
    }), Vt(() => window.removeEventListener("keydown", on));
    const Cn = (N) => N.kind === "intent" ? tn[(N.status || {}).state] || "#4a4a50" : ao[N.kind] || "#333";
    function Je() {
      const N = J.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      s("snapshot", { name: N }), J.value = "";
    }
    const ht = (N) => (N || "?").split(/[\s._-]+/).map((R) => R[0]).join("").slice(0, 2).toUpperCase();
    return (N, R) => (M(), A("div", Jy, [
      de(pv, {
        groups: e.palette,
        onPlace: ie
      }, null, 8, ["groups"]),
      $("div", {
        ref_key: "wrap",
        ref: y,
        class: Re(["mx-stage", { "file-over": Z.value, moving: b.value }]),
        onPointermove: ge,
        onDragover: R[7] || (R[7] = ve((j) => Z.value = !0, ["prevent"])),
        onDragleave: R[8] || (R[8] = ve((j) => Z.value = !1, ["self"])),
        onDrop: Me
      }, [
        de(X(sh), {
          id: ga,
          "node-types": X(d),
          "snap-to-grid": !0,
          "snap-grid": h,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": v,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !0,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": k,
          "connection-line-options": p,
          class: "mx-flow"
        }, {
          default: qe(() => [
            de(X(mh), {
              "pattern-color": "#2c2c31",
              gap: w.value.gap,
              size: w.value.size
            }, null, 8, ["gap", "size"]),
            de(kv, {
              ref_key: "far",
              ref: m,
              flow: X(l),
              edges: X(I),
              rev: _.value,
              onMove: ue,
              onShown: W
            }, null, 8, ["flow", "edges", "rev"]),
            de(X(na), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: qe(() => [
                $("div", Qy, [
                  R[19] || (R[19] = Ce("multiplex")),
                  R[20] || (R[20] = $("span", null, "/", -1)),
                  $("b", e1, G(X(r).board), 1)
                ])
              ]),
              _: 1
            }),
            de(X(na), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: qe(() => [
                $("div", t1, [
                  (M(!0), A($e, null, Fe(H.value, (j) => (M(), A("span", {
                    key: j.id,
                    class: "mx-avatar",
                    style: ze({ "--c": j.color }),
                    title: j.id === X(r).me.id ? `${j.name} (you)` : j.name
                  }, G(ht(j.name)), 13, n1))), 128))
                ]),
                R[23] || (R[23] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: R[0] || (R[0] = (j) => X(s)("undo")),
                  "data-role": "undo"
                }, [
                  de(Ne, {
                    name: "undo",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: R[1] || (R[1] = (j) => X(s)("redo")),
                  "data-role": "redo"
                }, [
                  de(Ne, {
                    name: "redo",
                    size: 15
                  })
                ]),
                R[24] || (R[24] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: De
                }, [
                  de(Ne, {
                    name: "search",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Snapshots",
                  onClick: R[2] || (R[2] = (j) => ne.value = !ne.value),
                  "data-role": "snapshots"
                }, [
                  de(Ne, {
                    name: "history",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom out",
                  onClick: R[3] || (R[3] = (j) => xe(-1))
                }, [
                  de(Ne, {
                    name: "minus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom in",
                  onClick: R[4] || (R[4] = (j) => xe(1))
                }, [
                  de(Ne, {
                    name: "plus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Fit view (F)",
                  onClick: oe,
                  "data-role": "fit"
                }, [
                  de(Ne, {
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
                  de(Ne, {
                    name: "play",
                    size: 13
                  }),
                  R[21] || (R[21] = Ce("Render")),
                  we.value.length ? (M(), A("span", i1, G(we.value.length), 1)) : re("", !0)
                ], 8, o1),
                ne.value ? (M(), A("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: R[6] || (R[6] = ve(() => {
                  }, ["stop"]))
                }, [
                  R[22] || (R[22] = $("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  $("div", a1, [
                    Zt($("input", {
                      "onUpdate:modelValue": R[5] || (R[5] = (j) => J.value = j),
                      placeholder: "Name this moment of the board",
                      onKeydown: mt(Je, ["enter"])
                    }, null, 544), [
                      [mn, J.value]
                    ]),
                    $("button", { onClick: Je }, "Save")
                  ]),
                  (M(!0), A($e, null, Fe(X(r).snapshots.slice().reverse(), (j) => (M(), A("div", {
                    key: j.id,
                    class: "mx-snap"
                  }, [
                    $("div", null, [
                      $("b", null, G(j.name), 1),
                      $("span", null, G(j.author) + " · " + G(j.blocks) + " blocks · " + G((j.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    $("button", {
                      onClick: (ke) => X(s)("restore", { id: j.id })
                    }, "Restore", 8, r1),
                    $("button", {
                      class: "ghost",
                      onClick: (ke) => X(s)("drop_snapshot", { id: j.id })
                    }, [
                      de(Ne, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, s1)
                  ]))), 128)),
                  X(r).snapshots.length ? re("", !0) : (M(), A("div", l1, "No snapshots yet."))
                ], 32)) : re("", !0)
              ]),
              _: 1
            }),
            de(wv, {
              flow: X(l),
              users: V.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        de(yv, {
          flow: X(l),
          blocks: X(x),
          rev: _.value,
          "color-of": Cn
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      $("div", u1, [
        (M(!0), A($e, null, Fe(O.value, (j) => (M(), A("div", {
          key: j.id,
          class: Re(["mx-toast", j.kind])
        }, G(j.text), 3))), 128))
      ]),
      L.value ? (M(), A("div", {
        key: 0,
        class: "mx-modal",
        onClick: R[10] || (R[10] = ve((j) => L.value = null, ["self"]))
      }, [
        $("div", c1, [
          $("div", d1, "Render " + G(L.value.intents.length) + " intent" + G(L.value.intents.length > 1 ? "s" : ""), 1),
          $("div", f1, G(L.value.titles.join(" · ")), 1),
          $("div", h1, [
            $("div", null, [
              R[25] || (R[25] = $("span", null, "machines", -1)),
              $("b", null, G(L.value.machines.length ? L.value.machines.join(", ") : "none live"), 1)
            ]),
            $("div", null, [
              R[26] || (R[26] = $("span", null, "gpus", -1)),
              $("b", null, G(L.value.gpus), 1)
            ]),
            $("div", null, [
              R[27] || (R[27] = $("span", null, "jobs", -1)),
              $("b", null, G(L.value.jobs), 1)
            ]),
            $("div", null, [
              R[28] || (R[28] = $("span", null, "estimate", -1)),
              $("b", null, G(L.value.seconds < 90 ? `~${Math.round(L.value.seconds)} s` : `~${Math.round(L.value.seconds / 60)} min`), 1)
            ])
          ]),
          L.value.unrunnable.length ? (M(), A("div", v1, "Nothing live can run " + G(L.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : re("", !0),
          $("div", m1, [
            $("button", {
              class: "ghost",
              onClick: R[9] || (R[9] = (j) => L.value = null)
            }, "Cancel"),
            $("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: K
            }, [
              de(Ne, {
                name: "play",
                size: 13
              }),
              Ce(G(U.value), 1)
            ])
          ])
        ])
      ])) : re("", !0),
      B.open ? (M(), A("div", {
        key: 1,
        class: "mx-modal",
        onClick: R[18] || (R[18] = ve((j) => B.open = !1, ["self"]))
      }, [
        $("div", {
          class: "mx-search",
          onKeydown: R[17] || (R[17] = ve(() => {
          }, ["stop"]))
        }, [
          $("div", p1, [
            de(Ne, {
              name: "search",
              size: 16
            }),
            Zt($("input", {
              "onUpdate:modelValue": R[11] || (R[11] = (j) => B.q = j),
              placeholder: "Find a block…",
              onKeydown: [
                R[12] || (R[12] = mt(ve((j) => B.i = Math.min(B.i + 1, be.value.length - 1), ["prevent"]), ["down"])),
                R[13] || (R[13] = mt(ve((j) => B.i = Math.max(B.i - 1, 0), ["prevent"]), ["up"])),
                R[14] || (R[14] = mt(ve((j) => Le(be.value[B.i]), ["prevent"]), ["enter"])),
                R[15] || (R[15] = mt((j) => B.open = !1, ["esc"]))
              ],
              onInput: R[16] || (R[16] = (j) => B.i = 0)
            }, null, 544), [
              [mn, B.q]
            ])
          ]),
          (M(!0), A($e, null, Fe(be.value, (j, ke) => (M(), A("div", {
            key: j.id,
            class: Re(["mx-result", { on: ke === B.i }]),
            onClick: (Se) => Le(j),
            onMouseenter: (Se) => B.i = ke
          }, [
            $("i", {
              style: ze({ background: X(ao)[j.kind] })
            }, null, 4),
            $("b", null, G(j.title || j.sub), 1),
            $("span", null, G(j.kind.replace("_", " ")) + " · " + G(j.sub), 1)
          ], 42, g1))), 128))
        ], 32)
      ])) : re("", !0)
    ]));
  }
}, x1 = "/assets/", b1 = 18, jo = /* @__PURE__ */ new WeakMap();
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
  const o = jo.get(e) || 0;
  if (o >= b1) return;
  jo.set(e, o + 1), e.dataset.assetRetries = String(o + 1);
  const i = Math.min(8e3, 500 * 2 ** o);
  setTimeout(() => {
    if (!e.isConnected || (e.getAttribute("src") || "") !== t) return;
    n.searchParams.set("retry", String(o + 1));
    const a = t.includes("#") ? t.slice(t.indexOf("#")) : "";
    e.setAttribute("src", n.pathname + n.search + a), typeof e.load == "function" && e.load();
  }, i);
}
function S1(e = document) {
  e.addEventListener("error", (t) => {
    const n = t.target;
    (n instanceof HTMLImageElement || n instanceof HTMLMediaElement) && _1(n);
  }, !0), e.addEventListener("load", (t) => {
    t.target instanceof HTMLImageElement && jo.delete(t.target);
  }, !0);
}
typeof document < "u" && S1();
export {
  N1 as MultiplexCanvas
};
