'use strict';
/*
 * What the classroom's pages share: requests to the class's server, safe building of the page
 * (text is always set as text, never as markup), the map of Mali on a canvas and line charts in
 * SVG. Everything is drawn here, from the server's numbers: nothing is fetched from elsewhere.
 */
const Sahel = (() => {
  const SVG = 'http://www.w3.org/2000/svg';

  /** A request to the server; never throws: {ok, status, data}, data.error saying what went wrong. */
  async function api(method, path, body, headers) {
    const init = {method, headers: Object.assign({'Accept': 'application/json'}, headers || {}), cache: 'no-store'};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    try {
      const response = await fetch(path, init);
      let data = {};
      try { data = await response.json(); } catch (e) { data = {error: 'The server answered ' + response.status + '.'}; }
      return {ok: response.ok, status: response.status, data};
    } catch (e) {
      return {ok: false, status: 0, data: {error: 'The class\'s server cannot be reached: is the connection down?'}};
    }
  }

  /** An element with attributes and children (strings become text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  /** Empties an element and puts children in it. */
  function fill(target, ...children) {
    target.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined));
  }

  /** A table from rows of cells, with a header row. */
  function table(head, rows, className) {
    return el('table', {class: className || ''},
      el('thead', {}, el('tr', {}, head.map(h => el('th', {text: h})))),
      el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => c instanceof Node ? el('td', {}, c) : el('td', {text: String(c)}))))));
  }

  const DAY = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  /** 2021-06-07 as "7 June 2021". */
  function day(iso) {
    return DAY.format(new Date(iso + 'T00:00:00Z'));
  }

  /** The time left before a deadline, in words, or '' when there is none. */
  function timeLeft(deadline, now) {
    if (!deadline) return '';
    const s = Math.round((deadline - now) / 1000);
    if (s <= 0) return 'The deadline has passed.';
    const m = Math.floor(s / 60);
    return (m > 0 ? m + ' min ' : '') + (s % 60) + ' s left to send orders';
  }

  function hex(c) {
    return [parseInt(c.substring(1, 3), 16), parseInt(c.substring(3, 5), 16), parseInt(c.substring(5, 7), 16)];
  }

  /** A side's colour mixed with white by the strength of its hold, as the window's map draws it. */
  function held(colour, share) {
    const strength = Math.max(0, Math.min(1, (share - 0.3) / 0.7));
    const mix = 0.5 + 0.5 * strength;
    const [r, g, b] = hex(colour).map(v => Math.round(255 - (255 - v) * mix));
    return 'rgb(' + r + ',' + g + ',' + b + ')';
  }

  /**
   * The map on a canvas: each cell of Mali in the colour of the side that dominates it (paler
   * where its hold is weaker; grey where sides contest it, pale sand where nobody holds it), the borders, roads and towns over it.
   */
  function drawMap(canvas, map, cells, big) {
    const ratio = window.devicePixelRatio || 1;
    const midLat = (map.latMax - map.height * map.cellDegrees / 2) * Math.PI / 180;
    const room = (canvas.parentElement ? canvas.parentElement.clientWidth - 32 : 0) || 800;
    // On the projector the whole country shows at once: no taller than most of the screen.
    const fit = big ? 0.66 * window.innerHeight * Math.cos(midLat) * map.width / map.height : room;
    const width = Math.max(320, Math.floor(Math.min(room, fit)));
    canvas.style.width = width + 'px';
    const cw = width / map.width;
    const ch = cw / Math.cos(midLat);
    const height = Math.ceil(map.height * ch);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = height + 'px';
    const g = canvas.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = '#f4f3ef';
    g.fillRect(0, 0, width, height);
    // The sides come first, then contested and ungoverned ground, drawn flat.
    const sides = map.sides.filter(s => s.key !== 'contested' && s.key !== 'ungoverned').length;
    if (cells) {
      for (let i = 0; i < cells.col.length; i++) {
        const s = cells.side[i];
        g.fillStyle = s >= sides ? map.sides[s].colour : held(map.sides[s].colour, cells.share[i]);
        g.fillRect(cells.col[i] * cw, cells.row[i] * ch, cw + 0.6, ch + 0.6);
      }
    }
    const x = lon => (lon - map.lonMin) / map.cellDegrees * cw;
    const y = lat => (map.latMax - lat) / map.cellDegrees * ch;
    const styles = {
      road: ['#7a5230', 0.8, []], main_road: ['#7a5230', 1.6, []],
      region_border: ['#555555', 1, [4, 3]], country_border: ['#222222', 2, []]
    };
    for (const kind of ['road', 'main_road', 'region_border', 'country_border']) {
      const [colour, w, dash] = styles[kind];
      g.strokeStyle = colour;
      g.lineWidth = w;
      g.setLineDash(dash);
      for (const line of map.lines) {
        if (line.kind !== kind) continue;
        g.beginPath();
        for (let k = 0; k < line.lonLat.length; k += 2) {
          const px = x(line.lonLat[k]), py = y(line.lonLat[k + 1]);
          if (k === 0) g.moveTo(px, py); else g.lineTo(px, py);
        }
        g.stroke();
      }
    }
    g.setLineDash([]);
    const font = big ? 18 : 13;
    for (const p of map.places) {
      const px = x(p.lon), py = y(p.lat);
      if (px < 0 || py < 0 || px > width || py > height) continue;
      if (p.kind === 'neighbour') {
        g.font = 'italic ' + font + 'px sans-serif';
        g.fillStyle = '#777777';
        g.textAlign = 'center';
        g.fillText(p.name, px, py);
        continue;
      }
      g.fillStyle = '#111111';
      g.beginPath();
      if (p.kind === 'mine') {
        g.moveTo(px, py - 5); g.lineTo(px + 5, py + 4); g.lineTo(px - 5, py + 4); g.closePath();
      } else {
        g.arc(px, py, p.kind === 'capital' ? 6 : 3.5, 0, 2 * Math.PI);
      }
      g.fill();
      if (p.kind === 'mine') continue;
      g.font = (p.kind === 'capital' ? 'bold ' : '') + font + 'px sans-serif';
      g.textAlign = 'left';
      g.lineWidth = 3;
      g.strokeStyle = 'rgba(255,255,255,0.85)';
      g.strokeText(p.name, px + 7, py + 4);
      g.fillText(p.name, px + 7, py + 4);
    }
  }

  /** The map's key: a swatch per side, one for contested ground and one for ungoverned ground. */
  function mapKey(map) {
    return el('ul', {class: 'key'}, map.sides.map(s => el('li', {},
      swatch(s.key === 'contested' || s.key === 'ungoverned' ? s.colour : held(s.colour, 1)), s.label)));
  }

  function swatch(colour, dashed) {
    const box = el('span', {class: 'swatch' + (dashed ? ' dashed' : '')});
    box.style.background = dashed ? 'transparent' : colour;
    box.style.borderColor = colour;
    return box;
  }

  /**
   * A line chart in SVG: the chart's dates along the bottom (years marked), percentages up the
   * side from 0 to a little above the highest value, a line per series (dashed where the series
   * says so).
   */
  function drawChart(target, chart, title) {
    const W = 900, H = 420, left = 64, right = 16, top = 16, bottom = 48;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title);
    const n = Math.max(chart.dates.length, 2);
    let highest = 0;
    for (const line of chart.lines) for (const v of line.values) highest = Math.max(highest, v);
    const ceiling = Math.min(100, Math.max(20, Math.ceil((highest + 5) / 10) * 10));
    const step = ceiling <= 50 ? 10 : 20;
    const px = i => left + (W - left - right) * i / (n - 1);
    const py = v => top + (H - top - bottom) * (1 - v / ceiling);
    const add = (name, attrs, text) => {
      const e = document.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      if (text !== undefined) e.textContent = text;
      svg.append(e);
      return e;
    };
    for (let v = 0; v <= ceiling; v += step) {
      add('line', {x1: left, x2: W - right, y1: py(v), y2: py(v), stroke: '#dddddd'});
      add('text', {x: left - 8, y: py(v) + 6, 'text-anchor': 'end', class: 'tick'}, v + '%');
    }
    let year = null;
    if (chart.dates.length) add('text', {x: left, y: H - bottom + 26, 'text-anchor': 'start', class: 'tick'}, day(chart.dates[0]));
    if (chart.dates.length > 1) add('text', {x: W - right, y: H - bottom + 26, 'text-anchor': 'end', class: 'tick'}, day(chart.dates[chart.dates.length - 1]));
    chart.dates.forEach((d, i) => {
      const y = d.substring(0, 4);
      const clear = px(i) - left > 220 && W - right - px(i) > 220; // away from the first and last dates' labels
      if (year !== null && y !== year) {
        add('line', {x1: px(i), x2: px(i), y1: top, y2: H - bottom, stroke: '#eeeeee'});
        if (clear) add('text', {x: px(i), y: H - bottom + 26, 'text-anchor': 'middle', class: 'tick'}, y);
      }
      year = y;
    });
    add('line', {x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: '#555555'});
    for (const line of chart.lines) {
      if (line.values.length === 0) continue;
      const pts = line.values.map((v, i) => px(i).toFixed(1) + ',' + py(v).toFixed(1)).join(' ');
      add('polyline', {points: pts, fill: 'none', stroke: line.colour, 'stroke-width': line.dashed ? 3 : 4,
        'stroke-dasharray': line.dashed ? '10 7' : 'none', 'stroke-linejoin': 'round'});
    }
    const key = el('ul', {class: 'key'}, chart.lines.map(l => el('li', {}, swatch(l.colour, l.dashed), l.label)));
    fill(target, el('h3', {text: title}), svg, key);
  }

  return {api, el, fill, table, day, timeLeft, drawMap, mapKey, drawChart};
})();
