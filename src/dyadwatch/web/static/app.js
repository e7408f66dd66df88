// dyadwatch web app: time-series charts (SVG on a real time axis, hover values, click a period)
// and the list of a clicked period's events. Our own code, no libraries; text goes in with
// textContent only, never as HTML.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function html(tag, text, parent, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // a period label ("2025", "2025-10", "2025-10-27") -> [start, end) as UTC milliseconds
  function periodRange(label, by) {
    var p = label.split("-").map(Number);
    var start, end;
    if (by === "year") { start = Date.UTC(p[0], 0, 1); end = Date.UTC(p[0] + 1, 0, 1); }
    else if (by === "month") { start = Date.UTC(p[0], p[1] - 1, 1); end = Date.UTC(p[0], p[1], 1); }
    else {
      start = Date.UTC(p[0], p[1] - 1, p[2]);
      end = start + (by === "week" ? 7 : 1) * 86400000;
    }
    return [start, end];
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  // since/until (inclusive ISO prefixes) that select the events of one period
  function periodFilter(label, by) {
    if (by !== "week") { return { since: label, until: label }; }
    var r = periodRange(label, by);
    return { since: isoDay(r[0]), until: isoDay(r[1] - 86400000) };
  }

  function niceMax(v) {
    if (v <= 4) { return 4; }
    var mag = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) { if (steps[i] * mag >= v) { return steps[i] * mag; } }
    return 10 * mag;
  }

  // time ticks: years, or months when the span is short, or days
  function timeTicks(t0, t1) {
    var days = (t1 - t0) / 86400000, ticks = [], d = new Date(t0), y, m;
    if (days > 3 * 365) {
      var years = days / 365, step = years > 60 ? 10 : years > 25 ? 5 : years > 10 ? 2 : 1;
      for (y = Math.ceil(d.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= t1; y += step) {
        if (Date.UTC(y, 0, 1) >= t0) { ticks.push([Date.UTC(y, 0, 1), String(y)]); }
      }
    } else if (days > 45) {
      var mstep = days > 730 ? 6 : days > 365 ? 3 : 1;
      y = d.getUTCFullYear(); m = d.getUTCMonth();
      for (var t = Date.UTC(y, m, 1); t <= t1; m += mstep, t = Date.UTC(y, m, 1)) {
        var dt = new Date(t);
        if (t >= t0) { ticks.push([t, MONTHS[dt.getUTCMonth()] + (dt.getUTCMonth() === 0 || ticks.length === 0 ? " " + dt.getUTCFullYear() : "")]); }
      }
    } else {
      var dstep = days > 20 ? 7 : days > 8 ? 2 : 1;
      for (var s = t0; s <= t1; s += dstep * 86400000) { ticks.push([s, isoDay(s).slice(5)]); }
    }
    return ticks;
  }

  // draw lines over periods; series: [{key, name, cls}], rows: [{period, <key>: number}]
  function drawChart(box, rows, by, series, tooltip, onPick) {
    var width = Math.max(box.clientWidth || 800, 320), height = 260;
    var m = { l: 44, r: 16, t: 26, b: 28 };
    var ranges = rows.map(function (r) { return periodRange(r.period, by); });
    var t0 = ranges[0][0], t1 = ranges[ranges.length - 1][1];
    var max = 0;
    rows.forEach(function (r) { series.forEach(function (s) { max = Math.max(max, r[s.key] || 0); }); });
    var ymax = niceMax(max);
    var x = function (t) { return m.l + (t - t0) / (t1 - t0) * (width - m.l - m.r); };
    var y = function (v) { return height - m.b - v / ymax * (height - m.t - m.b); };
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", preserveAspectRatio: "none" });
    var grid = el("g", { "class": "grid" }, svg), axis = el("g", { "class": "axis" }, svg);
    for (var i = 0; i <= 4; i++) {
      var v = ymax * i / 4;
      el("line", { x1: m.l, x2: width - m.r, y1: y(v), y2: y(v) }, grid);
      el("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, axis).textContent = String(Math.round(v * 100) / 100);
    }
    el("line", { x1: m.l, x2: width - m.r, y1: y(0), y2: y(0) }, axis);
    timeTicks(t0, t1).forEach(function (tick) {
      el("line", { x1: x(tick[0]), x2: x(tick[0]), y1: y(0), y2: y(0) + 5 }, axis);
      el("text", { x: x(tick[0]), y: height - 8, "text-anchor": "middle" }, axis).textContent = tick[1];
    });
    var mid = function (k) { return x((ranges[k][0] + ranges[k][1]) / 2); };
    series.forEach(function (s) {
      var pts = rows.map(function (r, k) { return mid(k).toFixed(1) + "," + y(r[s.key] || 0).toFixed(1); });
      el("polyline", { "class": "line " + s.cls, points: pts.join(" ") }, svg);
      if (rows.length <= 80) {
        rows.forEach(function (r, k) { el("circle", { "class": "dot " + s.cls, cx: mid(k), cy: y(r[s.key] || 0), r: 2.5 }, svg); });
      }
    });
    var legend = el("g", { "class": "legend" }, svg), lx = m.l;
    series.forEach(function (s) {
      el("line", { "class": "line " + s.cls, x1: lx, x2: lx + 18, y1: 12, y2: 12 }, legend);
      var label = el("text", { x: lx + 22, y: 16 }, legend);
      label.textContent = s.name;
      lx += 34 + s.name.length * 7;
    });
    var tip = html("div", null, null, "tip");
    tip.hidden = true;
    var hits = el("g", {}, svg), picked = null;
    rows.forEach(function (r, k) {
      var x0 = x(ranges[k][0]), x1 = x(ranges[k][1]);
      var hit = el("rect", { "class": "hit", x: x0, y: m.t, width: Math.max(x1 - x0, 1), height: height - m.t - m.b,
        "data-period": r.period, tabindex: rows.length <= 400 ? "0" : "-1" }, hits);
      hit.addEventListener("mousemove", function (ev) {
        var rect = box.getBoundingClientRect();
        tip.textContent = "";
        tooltip(r).forEach(function (line, n) { html(n ? "div" : "strong", line, tip); });
        tip.hidden = false;
        var left = ev.clientX - rect.left + 12;
        if (left > rect.width - 200) { left -= 220; }
        tip.style.left = left + "px";
        tip.style.top = Math.max(ev.clientY - rect.top - 10, 0) + "px";
      });
      hit.addEventListener("mouseleave", function () { tip.hidden = true; });
      var pick = function () {
        if (picked) { picked.classList.remove("picked"); }
        picked = hit;
        hit.classList.add("picked");
        onPick(r.period);
      };
      hit.addEventListener("click", pick);
      hit.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
    });
    box.textContent = "";
    box.appendChild(svg);
    box.appendChild(tip);
  }

  function readJSON(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function qs(params) {
    return Object.keys(params).filter(function (k) { return params[k] !== "" && params[k] !== null && params[k] !== undefined; })
      .map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); }).join("&");
  }

  function volumeChart(box) {
    var rows = readJSON("volume-data"), by = box.dataset.by;
    if (!rows || !rows.length) { html("p", "No dated events that happened.", box, "empty"); return; }
    rows.forEach(function (r) { r.other = r.events - r.cooperative - r.conflictual; });
    drawChart(box, rows, by, [
      { key: "events", name: "all events", cls: "total" },
      { key: "cooperative", name: "cooperative", cls: "coop" },
      { key: "conflictual", name: "conflictual", cls: "conflict" }
    ], function (r) {
      return [r.period, r.events + " events", r.cooperative + " cooperative, " + r.conflictual + " conflictual"];
    }, function (period) {
      var f = periodFilter(period, by);
      window.location.href = "/events?" + qs({ since: f.since, until: f.until, modality: "happened" });
    });
  }

  function dyadChart(box) {
    var rows = readJSON("dyad-data"), by = box.dataset.by, a = box.dataset.a, b = box.dataset.b;
    var ab = a + "->" + b, ba = b + "->" + a, byPeriod = {};
    rows.forEach(function (r) {
      var slot = byPeriod[r.period] || (byPeriod[r.period] = { period: r.period });
      slot[r.direction] = r;
      if (r.direction === ab) { slot.ab = r.events; }
      if (r.direction === ba) { slot.ba = r.events; }
    });
    var merged = Object.keys(byPeriod).sort().map(function (p) { return byPeriod[p]; });
    function describe(r) {
      if (!r) { return "0"; }
      return r.events + " (coop. " + (r.verbal_coop + r.material_coop) + ", conflict " +
        (r.verbal_conflict + r.material_conflict) + (r.coop_index === null ? "" : ", index " + r.coop_index) + ")";
    }
    drawChart(box, merged, by, [
      { key: "ab", name: a + " → " + b, cls: "ab" },
      { key: "ba", name: b + " → " + a, cls: "ba" }
    ], function (r) {
      return [r.period, a + " → " + b + ": " + describe(r[ab]), b + " → " + a + ": " + describe(r[ba])];
    }, function (period) { listPeriod(period, by, a, b, box.dataset.modality); });
  }

  function listPeriod(period, by, a, b, modality) {
    var panel = document.getElementById("period-events");
    var f = periodFilter(period, by);
    panel.hidden = false;
    panel.textContent = "";
    var head = html("h3", "Events of " + period + " (reports, " + modality.replace(/,/g, ", ") + ")", panel);
    head.id = "period-title";
    var status = html("p", "Loading…", panel, "muted small");
    var requests = [[a, b], [b, a]].map(function (pair) {
      var url = "/api/events?" + qs({ actor: pair[0], recipient: pair[1], since: f.since, until: f.until,
        modality: modality, limit: 100 });
      return fetch(url, { headers: { Accept: "application/json" } }).then(function (res) {
        if (!res.ok) { throw new Error("HTTP " + res.status); }
        return res.json();
      });
    });
    Promise.all(requests).then(function (pages) {
      var items = pages[0].items.concat(pages[1].items).sort(function (x, y) {
        return (x.date || "~") < (y.date || "~") ? -1 : (x.date || "~") > (y.date || "~") ? 1 : 0;
      });
      status.textContent = items.length + " report" + (items.length === 1 ? "" : "s") +
        (pages[0].next_cursor || pages[1].next_cursor ? " (the first 100 each way)" : "");
      var list = html("ul", null, panel);
      list.id = "period-list";
      items.forEach(function (e) {
        var li = html("li", null, list);
        html("span", (e.date || "undated") + " ", li, "nowrap");
        html("span", e.event_type, li, "type q" + e.quad_class);
        li.appendChild(document.createTextNode(" " + (e.actor && e.actor.country || "?") + " → " +
          (e.recipient && e.recipient.country || "?") + ": "));
        var link = html("a", e.sentence, li);
        link.href = "/events/" + encodeURIComponent(e.id);
      });
      panel.dataset.loaded = period;
    }).catch(function (err) { status.textContent = "Could not load the events: " + err.message; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var v = document.getElementById("volume-chart");
    if (v) { volumeChart(v); }
    var d = document.getElementById("dyad-chart");
    if (d) { dyadChart(d); }
  });
}());
