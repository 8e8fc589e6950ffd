// Assetflow UI: the history chart (uPlot, from its WebJar) and the live progress of a launch (polling JSON).
// Pages work without this script; it only adds these two things. Nothing here builds HTML from strings.
"use strict";

(function () {
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function badge(status) {
    return el("span", { class: "badge status-" + status.toLowerCase().replace(/ /g, "-") }, status);
  }

  function number(n) {
    return Number(n).toLocaleString("en-US");
  }

  // ---- history chart ----------------------------------------------------------------------------------
  function chart() {
    const box = document.getElementById("history-chart");
    if (!box || typeof uPlot === "undefined") return;
    fetch("/api/assets/" + encodeURIComponent(box.dataset.asset), { headers: { Accept: "application/json" } })
      .then((r) => r.json())
      .then((detail) => {
        const points = detail.history.slice().reverse();
        if (points.length === 0) return;
        const xs = points.map((m) => Date.parse(m.finishedAt) / 1000);
        const rows = points.map((m) => (m.status === "MATERIALIZED" ? m.rows : null));
        const ms = points.map((m) => m.durationMillis);
        const opts = {
          width: Math.max(320, box.clientWidth),
          height: 220,
          scales: { x: { time: true }, rows: { auto: true }, ms: { auto: true } },
          series: [
            {},
            { label: "rows", scale: "rows", stroke: "#2563eb", width: 2, points: { show: true, size: 6 } },
            { label: "duration (ms)", scale: "ms", stroke: "#d97706", width: 2, dash: [6, 4], points: { show: true, size: 5 } },
          ],
          axes: [
            {},
            { scale: "rows", label: "rows", values: (u, vals) => vals.map((v) => number(v)) },
            { scale: "ms", side: 1, label: "ms", grid: { show: false } },
          ],
        };
        new uPlot(opts, [xs, rows, ms], box);
        box.dataset.drawn = "true";
      })
      .catch(() => {});
  }

  // ---- live progress of a launch ------------------------------------------------------------------------
  function progress() {
    const root = document.getElementById("launch");
    if (!root) return;
    const id = root.dataset.launch;
    const active = (state) => state === "STARTING" || state === "RUNNING";
    if (!active(root.dataset.state)) return;

    function render(view) {
      const body = document.getElementById("progress");
      const rows = view.assets.map((p) => {
        const tr = el("tr", { "data-asset": p.asset });
        const link = el("a", { href: "/assets/" + encodeURIComponent(p.asset) }, p.asset);
        const first = el("td");
        first.appendChild(link);
        tr.appendChild(first);
        tr.appendChild(el("td", {}, p.partition));
        const status = el("td", { class: "status" });
        status.appendChild(badge(p.status));
        tr.appendChild(status);
        tr.appendChild(el("td", { class: "num rows" }, number(p.rows)));
        tr.appendChild(el("td", { class: "num" }, number(p.rowsPerSecond)));
        tr.appendChild(el("td", { class: "num" }, p.seconds.toFixed(2)));
        tr.appendChild(el("td", { class: "num" }, String(p.attempts)));
        const detail = [];
        if (p.detail) detail.push(p.detail.split("\n")[0]);
        detail.push(...p.checks);
        tr.appendChild(el("td", { class: "reason" }, detail.join("; ")));
        return tr;
      });
      body.replaceChildren(...rows);
      const state = document.getElementById("launch-state");
      state.replaceChildren(badge(view.state));
      document.getElementById("launch-message").textContent = view.message;
      const runs = document.getElementById("launch-runs");
      runs.replaceChildren();
      for (const run of view.runs) {
        runs.appendChild(document.createTextNode("run "));
        const a = el("a", { href: "/runs/" + encodeURIComponent(run), title: run });
        a.appendChild(el("code", {}, run.substring(0, 8)));
        runs.appendChild(a);
        runs.appendChild(document.createTextNode(" "));
      }
      root.dataset.state = view.state;
    }

    function poll() {
      fetch("/api/launches/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
        .then((view) => {
          render(view);
          if (active(view.state)) setTimeout(poll, 400);
        })
        .catch(() => setTimeout(poll, 2000));
    }
    poll();
  }

  // ---- the graph while runs are going: statuses follow until nothing runs any more -------------------------
  function liveGraph() {
    const frame = document.getElementById("graph");
    if (!frame || frame.dataset.live !== "true") return;
    const label = (a) => {
      const rows = a.last && a.last.status === "MATERIALIZED" ? " · " + number(a.last.rows) + " rows" : "";
      return { materialized: "materialized" + rows, stale: "stale" + rows, failed: "failed",
        never: "never materialized", running: "running…", source: "source asset" }[a.status] || a.status;
    };
    function poll() {
      fetch("/api/graph", { headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
        .then((graph) => {
          let running = false;
          for (const a of graph.assets) {
            running = running || a.status === "running";
            const node = frame.querySelector("a.node[data-asset='" + CSS.escape(a.key) + "']");
            if (node) {
              node.setAttribute("class", "node status-" + a.status);
              node.dataset.status = a.status;
              const line = node.querySelector("text.status-line");
              if (line) line.textContent = label(a);
            }
            const row = document.querySelector("table.assets tr[data-asset='" + CSS.escape(a.key) + "']");
            if (row) {
              row.querySelector("td.status").replaceChildren(badge(a.status));
              row.querySelector("td.reason").textContent = a.reason;
            }
          }
          frame.dataset.live = String(running);
          if (graph.notice == null) {
            const notice = document.getElementById("nothing-materialized");
            if (notice) notice.remove();
          }
          if (running) setTimeout(poll, 1000);
        })
        .catch(() => setTimeout(poll, 3000));
    }
    setTimeout(poll, 1000);
  }

  document.addEventListener("DOMContentLoaded", () => {
    chart();
    progress();
    liveGraph();
  });
})();
