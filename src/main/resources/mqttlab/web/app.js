// The projector page: an MQTT client of the lab over WebSocket (MQTT.js), drawing what it receives.
// Everything a person reads comes from the lab's catalogue (/config.json); everything a client
// published is shown with textContent, never as HTML.
'use strict';

(async function main() {
  const cfg = await (await fetch('/config.json', { cache: 'no-store' })).json();
  const params = new URLSearchParams(location.search);
  const state = {
    lang: params.get('lang') || cfg.lang || 'en',
    view: params.get('view') || 'building',
    tiles: new Map(),       // room -> tile parts
    readings: new Map(),    // room -> Map(sensor -> celsius)
    live: new Map(),        // room -> [[seconds, celsius]]: the curve when no $lab/building comes
    tree: new Map(),        // topic -> {count, value, retained}
    treeDirty: false,
    building: null,         // last $lab/building
    trace: null,            // last $lab/trace/last
    scoreboard: null,       // last $lab/scoreboard
    status: ['connecting', []],
  };
  // What the browser test reads: when each tile last changed, by the page's own clock.
  const probe = window.mqttlabProbe = { acChanged: {}, sensorChanged: {}, tempChanged: {}, seen: {}, messages: 0, longTasks: [] };
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => probe.longTasks.push(Math.round(e.duration))))
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long-task timing in this browser */ }
  const now = () => performance.timeOrigin + performance.now();

  const theme = params.get('theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  document.documentElement.dataset.theme = theme;

  function t(key, ...args) {
    const table = cfg.text[state.lang] || cfg.text.en;
    const pattern = (table[key] !== undefined ? table[key] : cfg.text.en[key]) ?? key;
    return pattern.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? '' : String(args[i]))).replace(/''/g, "'");
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const decoder = new TextDecoder('utf-8');
  function shown(payload, max) {
    let s = decoder.decode(payload).replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
    if (s.length > max) s = s.slice(0, max - 1) + '…';
    return s;
  }

  // ---- the static words, the views, the switches
  function words() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
    setStatus(...state.status);
    renderBuilding();
    renderTrace();
    renderScoreboard();
    state.treeDirty = true;
  }
  function show(view) {
    state.view = view;
    document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== 'view-' + view; });
    document.querySelectorAll('nav button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
    if (view === 'building') state.charts && state.charts.forEach((c) => c.resize());
  }
  document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  document.getElementById('theme').addEventListener('click', () => {
    const h = document.documentElement;
    h.dataset.theme = h.dataset.theme === 'dark' ? 'light' : 'dark';
  });
  document.getElementById('lang').addEventListener('click', () => { state.lang = state.lang === 'ko' ? 'en' : 'ko'; words(); });

  const statusEl = document.getElementById('status');
  function setStatus(kind, args) {
    state.status = [kind, args];
    statusEl.dataset.state = kind;
    statusEl.textContent = t(kind === 'online' ? 'connected' : kind, ...args);
  }

  // ---- building: one tile per room
  const roomsEl = document.getElementById('rooms');
  const prefix = cfg.buildingPrefix + '/';
  function tile(room) {
    let parts = state.tiles.get(room);
    if (parts) return parts;
    const root = el('article', 'tile');
    root.dataset.room = room;
    root.dataset.ac = 'unknown';
    const head = el('div', 'head');
    const name = el('span', 'name');
    const ac = el('span', 'ac');
    head.append(name, ac);
    const temp = el('div', 'temp');
    const sensors = el('ul', 'sensors');
    const chart = el('div', 'chart');
    root.append(head, temp, sensors, chart);
    roomsEl.append(root);
    parts = { root, name, ac, temp, sensors, chart, sensorEls: new Map(), plot: null };
    state.tiles.set(room, parts);
    return parts;
  }
  function sensorEl(room, sensor) {
    const p = tile(room);
    let li = p.sensorEls.get(sensor);
    if (!li) {
      li = el('li');
      li.dataset.sensor = sensor;
      li.dataset.status = 'unknown';
      p.sensorEls.set(sensor, li);
      p.sensors.append(li);
    }
    return li;
  }
  function renderTile(room) {
    const p = tile(room);
    p.name.textContent = t('room', room);
    const ac = p.root.dataset.ac;
    p.ac.textContent = t(ac === 'on' ? 'ac.on' : ac === 'off' ? 'ac.off' : 'ac.unknown');
    const r = state.readings.get(room);
    if (r && r.size) {
      const avg = [...r.values()].reduce((a, b) => a + b, 0) / r.size;
      p.temp.textContent = avg.toFixed(1) + ' °C';
    } else {
      p.temp.textContent = t('no.reading');
    }
    p.sensorEls.forEach((li, sensor) => {
      li.textContent = sensor + ' ' + t('sensor.' + li.dataset.status);
    });
  }
  function renderBuilding() {
    state.tiles.forEach((p, room) => renderTile(room));
    const b = state.building;
    const clock = document.getElementById('simclock');
    if (b) clock.textContent = t('sim.time', b.time, b.speed, b.outside) + (b.paused ? ' · ' + t('sim.paused') : '') + ' · ' + t('chart.hint');
    else if (!cfg.rooms.length) clock.textContent = t('no.building');
  }
  cfg.rooms.forEach((r) => { tile(r.name); r.sensors.forEach((s) => sensorEl(r.name, s)); });

  function onBuildingTopic(topic, payload) {
    const rest = topic.slice(prefix.length).split('/');
    if (rest.length !== 3) return;
    const [room, what, leaf] = rest;
    const text = shown(payload, 40).trim();
    if (leaf === 'temperature') {
      const v = parseFloat(text);
      if (!Number.isFinite(v)) return;
      if (!state.readings.has(room)) state.readings.set(room, new Map());
      state.readings.get(room).set(what, v);
      if (!state.building) remember(room);
      sensorEl(room, what);
      probe.tempChanged[room] = now();
      renderTile(room);
    } else if (leaf === 'status') {
      const li = sensorEl(room, what);
      const s = text === 'online' ? 'online' : text === 'offline' ? 'offline' : 'unknown';
      if (li.dataset.status !== s) probe.sensorChanged[room + '/' + what] = now();
      li.dataset.status = s;
      renderTile(room);
    } else if (what === 'ac' && leaf === 'state') {
      const p = tile(room);
      const s = text.toUpperCase() === 'ON' ? 'on' : text.toUpperCase() === 'OFF' ? 'off' : 'unknown';
      if (p.root.dataset.ac !== s) probe.acChanged[room] = now();
      p.root.dataset.ac = s;
      renderTile(room);
    }
  }

  // the curves: $lab/building brings the simulated clock and each room's last hour; a broker without
  // the lab (mqttlab web --broker URL) has none, and the page draws the readings it saw, by the wall clock
  function curves() {
    const b = state.building;
    if (b) {
      const dayStart = seconds(b.time) - b.elapsed; // simulated seconds since the start -> time of day
      return b.rooms.map((r) => ({ room: r.room, xs: r.t.map((x) => x + dayStart), ys: r.c }));
    }
    const out = [];
    state.live.forEach((series, room) => out.push({ room, xs: series.map((p) => p[0]), ys: series.map((p) => p[1]) }));
    return out;
  }
  function remember(room) {
    const r = state.readings.get(room);
    const avg = [...r.values()].reduce((a, c) => a + c, 0) / r.size;
    const t = Date.now() / 1000 - new Date().getTimezoneOffset() * 60; // local time of day on the axis
    if (!state.live.has(room)) state.live.set(room, []);
    const series = state.live.get(room);
    if (series.length && t - series[series.length - 1][0] < 5) series[series.length - 1][1] = avg;
    else series.push([t, avg]);
    while (series.length && series[0][0] < t - 3600) series.shift();
  }
  function drawCurves() {
    if (typeof uPlot === 'undefined') return;
    const css = getComputedStyle(document.documentElement);
    curves().forEach((r) => {
      if (r.xs.length < 2) return;
      const p = tile(r.room);
      const data = [r.xs, r.ys];
      const width = Math.max(200, p.chart.clientWidth || p.root.clientWidth - 20);
      if (!p.plot || p.plotTheme !== document.documentElement.dataset.theme) {
        if (p.plot) p.plot.destroy();
        const stroke = css.getPropertyValue('--accent').trim();
        const axis = { stroke: css.getPropertyValue('--faint').trim(), grid: { stroke: css.getPropertyValue('--line').trim() }, font: '16px system-ui' };
        const hhmm = (u, splits) => splits.map((v) => {
          const m = Math.floor(((v % 86400) + 86400) % 86400 / 60);
          return String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0');
        });
        p.plot = new uPlot({
          width, height: 160, legend: { show: false }, cursor: { show: false },
          tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
          scales: { x: { time: true }, y: { auto: true } },
          axes: [Object.assign({ values: hhmm, space: 70 }, axis), Object.assign({ size: 60 }, axis)],
          series: [{}, { stroke, width: 3 }],
        }, data, p.chart);
        p.plotTheme = document.documentElement.dataset.theme;
      } else {
        p.plot.setData(data);
        if (Math.abs(p.plot.width - width) > 4) p.plot.setSize({ width, height: 160 });
      }
    });
  }
  function seconds(hms) {
    const [h, m, s] = hms.split(':').map(Number);
    return h * 3600 + m * 60 + (s || 0);
  }

  // ---- topic tree: every level, counts, last values, retained markers
  const treeBody = document.querySelector('#tree tbody');
  function recordTopic(topic, payload, retain) {
    let n = state.tree.get(topic);
    if (!n) { n = { count: 0, value: '', retained: false }; state.tree.set(topic, n); }
    n.count++;
    n.value = shown(payload, 120);
    if (retain) n.retained = payload.length > 0;
    state.treeDirty = true;
  }
  function renderTree() {
    if (!state.treeDirty || state.view !== 'tree') return;
    state.treeDirty = false;
    // levels as rows: a parent row sums its children's messages
    const nodes = new Map();
    for (const [topic, n] of state.tree) {
      const levels = topic.split('/');
      for (let i = 1; i <= levels.length; i++) {
        const path = levels.slice(0, i).join('/');
        let node = nodes.get(path);
        if (!node) { node = { depth: i - 1, name: levels[i - 1] === '' ? '∅' : levels[i - 1], count: 0, leaf: null }; nodes.set(path, node); }
        node.count += n.count;
        if (i === levels.length) node.leaf = n;
      }
    }
    const rows = [...nodes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 400);
    const frag = document.createDocumentFragment();
    if (!rows.length) {
      const tr = el('tr');
      const td = el('td', 'faint', t('tree.empty'));
      td.colSpan = 3;
      tr.append(td);
      frag.append(tr);
    }
    for (const path of rows) {
      const node = nodes.get(path);
      const tr = el('tr');
      tr.dataset.topic = path;
      const name = el('td', 'level', '  '.repeat(node.depth) + node.name);
      if (node.leaf && node.leaf.retained) name.append(el('span', 'retained', t('tree.retained')));
      tr.append(name, el('td', 'count', String(node.count)), el('td', 'value', node.leaf ? node.leaf.value : ''));
      frag.append(tr);
    }
    treeBody.replaceChildren(frag);
  }

  // ---- trace: the last message as a sequence diagram, the same as the shell's `trace last`
  const traceEl = document.getElementById('trace');
  function renderTrace() {
    const tr = state.trace;
    const heading = document.getElementById('trace-heading');
    const notes = document.getElementById('trace-notes');
    notes.replaceChildren();
    if (!tr) { heading.textContent = t('trace.empty'); traceEl.replaceChildren(); return; }
    heading.textContent = t('trace.heading', tr.topic, tr.qos);
    traceEl.style.gridTemplateColumns = 'repeat(' + tr.lanes.length + ', minmax(8rem, 1fr))';
    const frag = document.createDocumentFragment();
    tr.lanes.forEach((name) => frag.append(el('div', 'lane', name)));
    let downgrade = false;
    let dup = false;
    tr.steps.forEach((s) => {
      const lo = Math.min(s.from, s.to);
      const hi = Math.max(s.from, s.to);
      const d = el('div', 'step');
      d.dataset.dir = s.to > s.from ? 'right' : 'left';
      d.dataset.downgrade = String(!!s.downgrade);
      d.style.gridColumn = (lo + 1) + ' / ' + (hi + 2);
      d.title = s.hex;
      d.append(el('div', 'label', s.label), el('div', 'arrow'));
      frag.append(d);
      downgrade = downgrade || s.downgrade;
      dup = dup || / dup( |$)/.test(s.label);
    });
    traceEl.replaceChildren(frag);
    if (downgrade) notes.append(el('li', null, t('trace.downgrade')));
    if (dup) notes.append(el('li', null, t('trace.dup')));
  }

  // ---- scoreboard (classroom)
  const scoreBody = document.querySelector('#scoreboard tbody');
  function renderScoreboard() {
    const frag = document.createDocumentFragment();
    const rows = state.scoreboard ? state.scoreboard.students : [];
    if (!rows.length) {
      const tr = el('tr');
      const td = el('td', 'faint', t(cfg.classroom || state.scoreboard ? 'score.empty' : 'score.not.class'));
      td.colSpan = 5;
      tr.append(td);
      frag.append(tr);
    }
    rows.forEach((r) => {
      const tr = el('tr');
      tr.dataset.user = r.user;
      const online = el('td', null, t(r.online ? 'yes' : 'no'));
      online.dataset.online = String(r.online);
      tr.append(el('td', 'user', r.user), online, el('td', null, r.where), el('td', null, r.stepsSelfReported ? r.steps + ' (' + r.stepsSelfReported + '*)' : String(r.steps)), el('td', null, r.exercises.join(' ')));
      frag.append(tr);
    });
    scoreBody.replaceChildren(frag);
  }

  // ---- the MQTT connection
  function json(payload) {
    try { return JSON.parse(decoder.decode(payload)); } catch (e) { return null; }
  }
  function onMessage(topic, payload, packet) {
    probe.messages++;
    probe.seen[topic] = now();
    if (topic === '$lab/building') { state.building = json(payload); renderBuilding(); drawCurves(); return; }
    if (topic === '$lab/trace/last') { state.trace = json(payload); renderTrace(); return; }
    if (topic === '$lab/scoreboard') { state.scoreboard = json(payload); renderScoreboard(); return; }
    recordTopic(topic, payload, packet.retain);
    if (topic.startsWith(prefix)) onBuildingTopic(topic, payload);
  }

  const where = location.host;
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/mqtt';
  const clientId = 'projector-' + Math.random().toString(16).slice(2, 10);
  words();
  show(state.view);
  setStatus('connecting', [where]);
  const client = mqtt.connect(url, {
    clientId,
    username: cfg.username || undefined,
    password: cfg.password || undefined,
    protocolVersion: 5,
    clean: true,
    keepalive: 30,
    connectTimeout: 4000,
    reconnectPeriod: 2000,
  });
  window.mqttlabClient = client;
  client.on('connect', () => {
    setStatus('online', [clientId]);
    // retain-as-published: the retained marker shows what the publisher asked for
    client.subscribe({ '#': { qos: 0, rap: true }, '$lab/#': { qos: 0, rap: true } });
  });
  client.on('message', onMessage);
  client.on('offline', () => setStatus('offline', [where]));
  client.on('close', () => { if (state.status[0] === 'online' || state.status[0] === 'connecting') setStatus('offline', [where]); });
  client.on('error', (e) => setStatus('error', [e && e.message ? e.message : String(e)]));
  setInterval(renderTree, 300);
  setInterval(() => { if (!state.building) drawCurves(); }, 2000);
  window.addEventListener('resize', () => drawCurves());
})().catch((e) => {
  const s = document.getElementById('status');
  s.dataset.state = 'error';
  s.textContent = String(e && e.message ? e.message : e);
});
