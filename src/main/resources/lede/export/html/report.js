'use strict';
// The lede report: every text is set with textContent (never innerHTML), so a document's own markup shows as text.
(function () {
  const errors = [];
  function showError(message) {
    errors.push(message);
    const box = document.getElementById('errors');
    box.hidden = false;
    box.textContent = 'The page hit an error: ' + errors.join('\n');
  }
  window.addEventListener('error', e => showError(String(e.message)));

  const DATA = JSON.parse(document.getElementById('lede-data').textContent);
  const S = DATA.sections;
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
  const api = { csv: {}, charts: {} };
  window.ledeReport = api;
  // Tables show this many rows at first (more on request; search, sort and the CSV cover every row): a page
  // of thousands of rows took seconds to lay out.
  const PAGE = 100;

  // The page is ready when its script has run, every chart has drawn and the frame with them has been painted;
  // data-charts-drawn-ms is when, in ms after navigation (scripts/bench/report reads it).
  const undrawn = new Set();
  let built = false;
  let builtAt = 0;
  performance.measure('lede:loading', { start: 0, end: performance.now() });
  function whenDrawn(name) {
    undrawn.delete(name);
    const root = document.documentElement;
    if (built && undrawn.size === 0 && !root.dataset.chartsDrawn) {
      root.dataset.chartsDrawn = 'true';
      // a timer set in the frame's callback runs once that frame has been laid out and painted
      requestAnimationFrame(() => setTimeout(() => {
        performance.measure('lede:drawing', { start: builtAt, end: performance.now() });
        root.dataset.chartsDrawnMs = String(Math.round(performance.now()));
        root.dataset.ready = 'true';
      }));
    }
  }
  // Where the time goes, per section: performance.measure('lede:NAME').
  function timed(name, build) {
    const start = performance.now();
    build();
    performance.measure('lede:' + name, { start, end: performance.now() });
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c != null) node.append(c);
    return node;
  }
  const fmt = v => v == null ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v);

  function csvText(rows) {
    const columns = [];
    rows.forEach(r => Object.keys(r).forEach(k => { if (!columns.includes(k)) columns.push(k); }));
    const cell = v => {
      const s = v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return [columns.map(cell).join(',')].concat(rows.map(r => columns.map(c => cell(r[c])).join(','))).join('\n') + '\n';
  }
  function download(name, content, type) {
    const url = content.startsWith('data:') ? content : URL.createObjectURL(new Blob([content], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
  }
  function csvButton(name, rows) {
    api.csv[name] = () => csvText(rows);
    return el('button', { type: 'button', onclick: () => download(name + '.csv', csvText(rows), 'text/csv') },
      'Download CSV');
  }

  const toc = document.getElementById('toc');
  const main = document.getElementById('main');
  function section(id, title, ...notes) {
    const s = el('section', { id, 'aria-labelledby': id + '-h' }, el('h2', { id: id + '-h', text: title }));
    notes.filter(Boolean).forEach(n => s.append(el('p', { class: 'note', text: n })));
    main.append(s);
    toc.append(el('li', {}, el('a', { href: '#' + id, text: title })));
    return s;
  }

  function chart(parent, name, option, points, size) {
    const box = el('div', { class: 'chart' + (size ? ' ' + size : ''), role: 'img', 'aria-label': name });
    box.dataset.points = String(points);
    parent.append(box);
    const full = Object.assign({ animation: false, color: PALETTE, textStyle: { fontFamily: 'system-ui, sans-serif' } },
      option);
    const chart = echarts.init(box, null, { renderer: 'svg' });
    undrawn.add(name);
    chart.on('finished', () => whenDrawn(name));
    chart.setOption(full);
    api.charts[name] = chart;
    window.addEventListener('resize', () => chart.resize());
    const png = () => {
      // an off-screen canvas copy: the SVG renderer cannot give a PNG itself
      const tmp = el('div', { style: 'width:' + box.clientWidth + 'px;height:' + box.clientHeight + 'px' });
      document.body.append(tmp);
      const c = echarts.init(tmp, null, { renderer: 'canvas' });
      c.setOption(full);
      const url = c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      c.dispose();
      tmp.remove();
      download(name + '.png', url);
    };
    const svg = () => download(name + '.svg', chart.renderToSVGString(), 'image/svg+xml');
    parent.append(el('div', { class: 'tools' },
      el('button', { type: 'button', onclick: png }, 'Download PNG'),
      el('button', { type: 'button', onclick: svg }, 'Download SVG')));
    return chart;
  }

  // A table: sortable headers, optional search, a CSV of all its rows; cells may be built by render(row, column).
  function table(parent, name, rows, columns, options) {
    options = options || {};
    const tools = el('div', { class: 'tools' });
    parent.append(tools);
    let shown = rows.slice();
    const tbody = el('tbody');
    const wrap = el('div', { class: 'table-wrap' + (options.kwic ? ' kwic' : '') });
    const t = el('table', { class: options.kwic ? 'kwic' : '' });
    const head = el('tr');
    let sortBy = null;
    let ascending = true;
    columns.forEach(c => {
      const th = el('th', { scope: 'col' });
      th.append(el('button', {
        type: 'button', 'aria-label': 'Sort by ' + c, onclick: () => {
          ascending = sortBy === c ? !ascending : true;
          sortBy = c;
          shown.sort((a, b) => {
            const x = a[c], y = b[c];
            const order = x == null ? 1 : y == null ? -1 : typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
            return ascending ? order : -order;
          });
          fill();
        }
      }, c));
      head.append(th);
    });
    t.append(el('thead', {}, head), tbody);
    wrap.append(t);
    const count = el('span', { class: 'note', 'aria-live': 'polite' });
    let limit = PAGE;
    const more = el('button', { type: 'button', class: 'more', onclick: () => { limit += PAGE; fill(); } });
    function fill() {
      tbody.replaceChildren();
      for (const row of shown.slice(0, limit)) {
        const tr = el('tr');
        columns.forEach(c => {
          const v = row[c];
          const td = el('td', { class: (typeof v === 'number' ? 'num' : '') + (options.kwic && (c === 'left' || c === 'right') ? ' ' + c : '') });
          const built = options.render ? options.render(row, c) : null;
          if (built) td.append(built); else td.textContent = fmt(v);
          tr.append(td);
        });
        tbody.append(tr);
      }
      count.textContent = shown.length + ' of ' + rows.length + ' rows'
        + (shown.length > limit ? ', the first ' + limit + ' shown' : '');
      more.hidden = shown.length <= limit;
      more.textContent = 'Show ' + Math.min(PAGE, shown.length - limit) + ' more rows';
    }
    if (options.search) {
      const input = el('input', { type: 'search', placeholder: 'Search', 'aria-label': 'Search ' + name });
      input.addEventListener('input', () => {
        const q = input.value.toLowerCase();
        shown = rows.filter(r => columns.some(c => r[c] != null && String(r[c]).toLowerCase().includes(q)));
        limit = PAGE;
        fill();
      });
      tools.append(input);
    }
    if (options.filters) options.filters(tools, predicate => { shown = rows.filter(predicate); limit = PAGE; fill(); });
    tools.append(csvButton(name, options.csvRows || rows), count);
    parent.append(wrap, more);
    fill();
    return wrap;
  }

  function sparkline(values) {
    const ns = 'http://www.w3.org/2000/svg';
    const w = 120, h = 22, max = Math.max(1, ...values);
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'spark');
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(ns, 'polyline');
    const step = values.length > 1 ? w / (values.length - 1) : 0;
    line.setAttribute('points', values.map((v, i) => (i * step).toFixed(1) + ',' + (h - 1 - v / max * (h - 2)).toFixed(1)).join(' '));
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', PALETTE[0]);
    svg.append(line);
    return svg;
  }

  // Text with marks: each [start, end, kind, label] in code points; overlapping marks nest by segments.
  function marked(text, marks) {
    const cps = Array.from(text);
    const cuts = new Set([0, cps.length]);
    marks.forEach(m => { cuts.add(Math.min(m[0], cps.length)); cuts.add(Math.min(m[1], cps.length)); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = cps.slice(from, to).join('');
      const over = marks.filter(m => m[0] <= from && m[1] >= to);
      if (!over.length) { out.append(piece); continue; }
      const kinds = Array.from(new Set(over.map(m => m[2])));
      out.append(el('mark', { class: kinds.join(' '), title: over.map(m => m[2] + (m[3] ? ': ' + m[3] : '')).join('; ') }, piece));
    }
    return out;
  }

  // 1. Overview
  timed('overview', function overview() {
    const o = DATA.overview;
    const s = section('overview', 'Overview');
    const facts = el('dl', { class: 'facts' });
    const fact = (k, v) => facts.append(el('dt', { text: k }), el('dd', { text: v }));
    fact('Documents', String(o.documents));
    fact('Dates', o.first_date ? o.first_date + ' to ' + o.last_date : 'none');
    fact('Without a date', String(o.undated));
    fact('Copies', o.copies + ' (' + (o.documents ? (100 * o.copies / o.documents).toFixed(1) : '0') + '%)');
    fact('Sources', String(o.sources.length));
    fact('Made by', 'lede ' + o.run.version + ' on ' + o.run.date);
    fact('Command', o.run.command);
    s.append(facts);
    s.append(el('h3', { text: 'Sources' }));
    table(s, 'sources', o.sources, ['source', 'documents', 'tokens', 'sentences', 'characters'], { search: true });
  });

  // 2. Timeline
  if (S.timeline) timed('timeline', () => {
    const t = S.timeline;
    const s = section('timeline', 'Timeline', 'Documents per ' + t.period + ', copies apart from originals; '
      + 'periods without documents show as 0.');
    chart(s, 'timeline', {
      tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 50, right: 20 },
      xAxis: { type: 'category', data: t.rows.map(r => r[t.period]) }, yAxis: { type: 'value', name: 'documents' },
      series: ['originals', 'copies'].map(k => ({ name: k, type: 'bar', stack: 'd', data: t.rows.map(r => r[k]) }))
    }, t.rows.length);
    table(s, 'timeline', t.rows, [t.period, 'originals', 'copies']);
  });

  // 3. People, places, organizations
  ['people', 'places', 'organizations'].forEach(key => timed(key, () => {
    const e = S[key];
    if (!e) return;
    const s = section(key, e.title, (e.rows.length < e.cap ? 'All ' + e.rows.length + ' names' : 'The ' + e.cap
      + ' named most (capped at ' + e.cap + ')') + ', ranked by mentions (a lone surname counts under the one full name '
      + 'that ends with it). Choose a name for its mentions (up to ' + e.mentions_cap + ') and spellings.');
    chart(s, key, {
      tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 160, right: 20 },
      yAxis: { type: 'category', inverse: true, data: e.rows.map(r => r.entity) }, xAxis: { type: 'value' },
      series: ['mentions', 'documents'].map(k => ({ name: k, type: 'bar', data: e.rows.map(r => r[k]) }))
    }, e.rows.length, 'tall');
    const series = e.series || [];
    if (series.length) {
      const top = e.rows.slice(0, 5).map(r => r.entity);
      s.append(el('h3', { text: 'The first five per ' + e.period }));
      chart(s, key + '-timeline', {
        tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 50, right: 20 },
        xAxis: { type: 'category', data: series.map(r => r[e.period]) }, yAxis: { type: 'value', name: 'mentions' },
        series: top.map(n => ({ name: n, type: 'line', showSymbol: false, data: series.map(r => r[n]) }))
      }, series.length * top.length, 'small');
      api.csv[key + '-timeline'] = () => csvText(series);
      s.append(el('div', { class: 'tools' }, csvButton(key + '-timeline', series)));
    }
    const panel = el('div', { class: 'panel', hidden: '', 'aria-live': 'polite' });
    const open = name => {
      panel.hidden = false;
      panel.replaceChildren(el('h3', { text: 'Mentions of ' + name }));
      const row = e.rows.find(r => r.entity === name);
      const lines = e.mentions[name] || [];
      panel.append(el('p', { class: 'note', text: 'Spellings: ' + row.variants + '. Mentions: '
        + (lines.length < row.mentions ? 'the first ' + lines.length + ' of ' + row.mentions + ' (capped at ' + e.mentions_cap + ')'
          : 'all ' + lines.length) + '.' }));
      table(panel, key + '-mentions', lines, ['id', 'date', 'left', 'match', 'right'], {
        kwic: true, render: (r, c) => c === 'match' ? el('mark', { text: r.match }) : null
      });
      panel.querySelector('h3').setAttribute('tabindex', '-1');
      panel.querySelector('h3').focus();
    };
    api['open_' + key] = open;
    table(s, key, e.rows, ['entity', 'type', 'mentions', 'documents', 'first_date', 'last_date', 'variants'], {
      search: true,
      render: (r, c) => {
        if (c !== 'entity') return null;
        const cell = el('span', {}, el('button', { type: 'button', class: 'link entity-link', onclick: () => open(r.entity) }, r.entity));
        if (series.length) cell.append(' ', sparkline(series.map(x => x[r.entity] || 0)));
        return cell;
      }
    });
    s.append(panel);
  }));

  // 4. Quotes
  if (S.quotes) timed('quotes', () => {
    const q = S.quotes;
    const s = section('quotes', 'Quotes', 'Speakers ranked by quotes; the table holds ' + (q.rows.length < q.total
      ? 'the first ' + q.rows.length + ' of ' + q.total + ' quotes (capped at ' + q.cap + ')' : 'all ' + q.total + ' quotes')
      + '. Search filters the rows; the column names sort them.');
    const ranked = q.speakers.filter(r => r.speaker != null).slice(0, 15);
    chart(s, 'speakers', {
      tooltip: {}, grid: { left: 160, right: 20 }, yAxis: { type: 'category', inverse: true, data: ranked.map(r => r.speaker) },
      xAxis: { type: 'value', name: 'quotes' }, series: [{ name: 'quotes', type: 'bar', data: ranked.map(r => r.quotes) }]
    }, ranked.length);
    table(s, 'speakers', q.speakers, ['speaker', 'quotes', 'documents', 'first_date', 'last_date', 'example']);
    s.append(el('h3', { text: 'Every quote' }));
    table(s, 'quotes', q.rows, ['speaker', 'text', 'id', 'date'], { search: true });
  });

  // 5. Numbers
  if (S.numbers) timed('numbers', () => {
    const n = S.numbers;
    const s = section('numbers', 'Numbers', n.total + ' quantities; the list holds ' + (n.rows.length < n.total
      ? 'the first ' + n.rows.length + ' (capped at ' + n.cap + ')' : 'all of them') + '.');
    const top = n.summary.slice(0, 15);
    const label = r => r.kind + (r.unit ? ' ' + r.unit : '');
    chart(s, 'numbers', {
      tooltip: {}, grid: { left: 160, right: 20 }, yAxis: { type: 'category', inverse: true, data: top.map(label) },
      xAxis: { type: 'value', name: 'count' }, series: [{ name: 'count', type: 'bar', data: top.map(r => r.count) }]
    }, top.length);
    table(s, 'numbers-summary', n.summary, Object.keys(n.summary[0] || { kind: 0, unit: 0, count: 0 }));
    s.append(el('h3', { text: 'Each number with its sentence' }));
    table(s, 'numbers', n.rows, ['kind', 'unit', 'value', 'text', 'sentence', 'id', 'date'], {
      search: true,
      filters: (tools, apply) => {
        const pick = (field) => {
          const select = el('select', { 'aria-label': 'Filter by ' + field }, el('option', { value: '', text: 'any ' + field }));
          Array.from(new Set(n.rows.map(r => r[field] == null ? '' : String(r[field])))).sort()
            .forEach(v => select.append(el('option', { value: v, text: v || '(none)' })));
          tools.append(select);
          return select;
        };
        const kind = pick('kind'), unit = pick('unit');
        const change = () => apply(r => (!kind.value || r.kind === kind.value) && (!unit.value || String(r.unit ?? '') === unit.value));
        kind.addEventListener('change', change);
        unit.addEventListener('change', change);
      }
    });
  });

  // 6. Copies
  if (S.copies) timed('copies', () => {
    const c = S.copies;
    const s = section('copies', 'Copies', 'Clusters of near-duplicates from lede dedupe: the kept document first, '
      + 'each copy with its similarity to it; the histogram counts every copy, the table holds '
      + (c.rows.length < c.total ? 'the first ' + c.rows.length + ' of ' + c.total + ' rows (whole clusters, capped at '
        + c.cap + ')' : 'all ' + c.total + ' rows') + '.');
    chart(s, 'copies', {
      tooltip: {}, xAxis: { type: 'category', name: 'similarity', data: c.similarity.map(b => b.similarity) },
      yAxis: { type: 'value', name: 'copies' }, series: [{ name: 'copies', type: 'bar', data: c.similarity.map(b => b.copies) }]
    }, c.similarity.length, 'small');
    s.append(el('div', { class: 'tools' }, csvButton('copies-similarity', c.similarity)));
    table(s, 'copies', c.rows, ['cluster', 'role', 'similarity', 'id', 'title', 'date', 'source'], { search: true });
  });

  // 7. Network
  if (S.network) timed('network', () => {
    const g = S.network;
    const s = section('network', 'Network', 'People and organizations named in the same documents (the '
      + g.rows.length + ' strongest pairs' + (g.rows.length >= g.cap ? ', capped at ' + g.cap : '')
      + '); line width is the number of documents naming both.');
    const names = Array.from(new Set(g.rows.flatMap(r => [r.a, r.b])));
    const max = Math.max(...g.rows.map(r => r.joint));
    chart(s, 'network', {
      tooltip: {},
      series: [{
        type: 'graph', layout: 'circular', circular: { rotateLabel: true }, roam: true, label: { show: names.length <= 60, fontSize: 10 },
        data: names.map(n => ({ name: n, symbolSize: 8 })),
        links: g.rows.map(r => ({ source: r.a, target: r.b, value: r.joint, lineStyle: { width: 0.5 + 4 * r.joint / max, opacity: 0.6 } }))
      }]
    }, g.rows.length, 'tall');
    s.append(el('div', { class: 'tools' }, el('button', { type: 'button', onclick: () => download('network.gexf', g.gexf, 'application/xml') },
      'Download GEXF (Gephi)')));
    table(s, 'network', g.rows, ['a', 'b', 'joint', 'count_a', 'count_b', 'pmi']);
  });

  // 8. Keyness
  if (S.keyness) timed('keyness', () => {
    const k = S.keyness;
    const s = section('keyness', 'Keyness', 'Words that mark the ' + k.target + ' (positive log-likelihood) against '
      + 'the earlier documents (negative), p < 0.05; up to ' + k.cap + ' each way.');
    chart(s, 'keyness', {
      tooltip: {}, grid: { left: 120, right: 20 }, yAxis: { type: 'category', inverse: true, data: k.rows.map(r => r.term) },
      xAxis: { type: 'value', name: 'signed log-likelihood' },
      series: [{ name: 'll', type: 'bar', data: k.rows.map(r => ({ value: r.ll, itemStyle: { color: r.ll >= 0 ? PALETTE[0] : PALETTE[1] } })) }]
    }, k.rows.length, 'tall');
    table(s, 'keyness', k.rows, ['term', 'target_count', 'reference_count', 'target_per_million', 'reference_per_million', 'll', 'log_ratio']);
  });

  // 9. Documents
  timed('documents', function documents() {
    const d = S.documents;
    const s = section('documents', 'Documents', 'The first ' + d.rows.length + ' of ' + d.total + ' documents'
      + (d.rows.length < d.total ? ' (capped at ' + d.cap + ')' : '') + '; texts cut at ' + d.chars_cap + ' characters. '
      + 'Choose a title to read it with entities, quotes and numbers marked.');
    const view = el('div', { class: 'panel', hidden: '' });
    const open = row => {
      view.hidden = false;
      const heading = el('h3', { tabindex: '-1', text: row.title || row.id });
      view.replaceChildren(heading, el('p', { class: 'note', text: [row.id, row.date, row.source].filter(Boolean).join(' · ') }),
        el('p', { class: 'legend note' }, el('span', {}, el('mark', { class: 'entity', text: 'entity' })),
          el('span', {}, el('mark', { class: 'quote', text: 'quote' })), el('span', {}, el('mark', { class: 'number', text: 'number' }))),
        el('div', { class: 'doc-text' }, marked(row.text, row.marks), row.cut ? ' […]' : ''));
      heading.focus();
    };
    api.open_document = id => open(d.rows.find(r => r.id === id));
    const rows = d.rows.map(r => ({ id: r.id, title: r.title, date: r.date, source: r.source }));
    table(s, 'documents', rows, ['title', 'date', 'source', 'id'], {
      search: true,
      render: (r, c) => c === 'title' ? el('button', { type: 'button', class: 'link', onclick: () => api.open_document(r.id) }, r.title || r.id) : null
    });
    s.append(view);
  });
  api.errors = errors;
  built = true;
  builtAt = performance.now();
  whenDrawn(null);
})();
