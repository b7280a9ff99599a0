'use strict';
/*
 * The teacher's page: the map and the territory chart for the projector, the join code, who
 * plays which faction and whether their orders are in, and the teacher's controls: play the
 * month, set the deadline, fire an event, save and resume, end the game and debrief. The key the
 * server printed travels in the address after '#', so it never reaches a log or another page.
 */
(() => {
  const {api, el, fill, table} = Sahel;
  const $ = id => document.getElementById(id);
  const key = {'X-Teacher': decodeURIComponent(location.hash.substring(1))};
  let view = null, map = null, forms = [], skew = 0, debriefShown = false, size = 1, showRejoin = false;

  const say = (text, good, where) => { const m = $(where || 'message'); m.textContent = text || ''; m.className = good ? 'good' : 'bad'; };

  async function load() {
    const r = await api('GET', '/api/teacher', undefined, key);
    if (!r.ok) {
      $('connection').textContent = r.data.error + (r.status === 0 ? ' Trying again.' : '');
      $('connection').hidden = false;
      return;
    }
    $('connection').hidden = true;
    const moved = !view || view.month !== r.data.month || view.fired.length !== r.data.fired.length;
    view = r.data;
    skew = view.now - Date.now();
    render(moved);
  }

  function render(moved) {
    $('title').textContent = view.title;
    $('month').textContent = view.over ? 'The game is over: ' + view.weeks + ' weeks played'
      : 'Month ' + (view.month + 1) + ', from ' + Sahel.day(view.date) + ' (week ' + (view.weeks + 1) + ' of ' + view.total + ')';
    $('code').textContent = view.joinCode;
    $('address').textContent = location.origin + '/';
    fill($('seats'), table(['Faction', 'Student', 'Rejoin code', 'Connected', 'Orders this month'],
      view.seats.map(s => [s.label, s.player || '(its rules)', !s.rejoin ? '-' : showRejoin ? s.rejoin : 'hidden', s.player ? (s.connected ? 'yes' : 'no') : '-',
        !s.player ? 'rules' : s.orders === 'rules' ? 'not sent: rules' : s.orders === 'hold' ? 'sent: hold' : 'sent: ' + s.orders + ' options'])));
    fill($('news'), view.news.length === 0 ? el('li', {text: 'Nothing yet: play the first month.'}) : view.news.map(n => el('li', {text: n})));
    fill($('fired'), view.fired.map(f => el('li', {text: f})));
    for (const b of ['advance', 'set-deadline', 'fire', 'end']) $(b).disabled = view.over;
    tick();
    if (moved) {
      Sahel.drawChart($('chart'), view.territory, 'Territory each side dominates, % of Mali');
      if (map) Sahel.drawMap($('map'), map, view.cells, true);
    }
    if (view.over && !debriefShown) showDebrief();
  }

  function tick() {
    if (view) $('deadline').textContent = view.over ? '' : Sahel.timeLeft(view.deadline, Date.now() + skew) || 'No deadline set';
  }

  async function post(path, body, done) {
    const r = await api('POST', path, body || {}, key);
    if (!r.ok) { say(r.data.error); return null; }
    if (done) say(done(r.data), true);
    await load();
    return r.data;
  }

  async function advance() {
    $('advance').disabled = true;
    say('Playing the month...', true);
    await post('/api/teacher/advance', {}, d => 'Played month ' + (d.month + 1) + ' (' + d.weeks + ' weeks from ' + Sahel.day(d.date) + ').');
    $('advance').disabled = view ? view.over : false;
  }

  // ---- the event form ----

  function offer() {
    const f = forms[$('event-type').selectedIndex];
    $('event-does').textContent = f.does;
    const target = $('event-target');
    target.multiple = f.several;
    target.size = f.several ? 6 : 1;
    fill(target, (f.target === 'required' || f.several) ? [] : el('option', {value: '', text: f.target === 'none' ? '(none)' : '(none: all)'}),
      f.choices.map(c => el('option', {value: c, text: c})));
    target.disabled = f.target === 'none';
    $('target-hint').textContent = f.target === 'none' ? '' : f.targetWhat + (f.several ? ', one or more' : '') + (f.target === 'optional' ? ', optional' : '');
    const range = f.max === 'Infinity' || f.max === null || f.max > 1e300 ? f.min + ' or more' : f.min + ' to ' + f.max;
    $('event-value').disabled = f.value === 'none';
    $('value-hint').textContent = f.value === 'none' ? '' : f.valueMeans + ' (' + range + (f.value === 'optional' ? ', optional' : '') + ')';
    $('event-weeks').disabled = f.overWeeks === 'none';
    $('weeks-hint').textContent = f.overWeeks === 'none' ? '' : f.overWeeks === 'required' ? 'required' : 'optional: empty is at once';
    $('event-value').value = '';
    $('event-weeks').value = '';
    say('', true, 'event-message');
  }

  async function fire(event) {
    event.preventDefault();
    const f = forms[$('event-type').selectedIndex];
    const picked = Array.from($('event-target').selectedOptions).map(o => o.value).filter(v => v !== '');
    const number = id => { const t = $(id).value.trim(); return t === '' ? null : Number(t); };
    const value = number('event-value'), weeks = number('event-weeks');
    if (Number.isNaN(value)) return say('value: found \'' + $('event-value').value + '\', expected a number', false, 'event-message');
    if (Number.isNaN(weeks) || (weeks !== null && !Number.isInteger(weeks))) {
      return say('over weeks: found \'' + $('event-weeks').value + '\', expected a whole number of weeks', false, 'event-message');
    }
    const r = await api('POST', '/api/teacher/event', {
      type: f.key, target: picked.length ? picked.join(';') : null, value, overWeeks: weeks, label: $('event-label').value || null
    }, key);
    if (!r.ok) return say(r.data.error, false, 'event-message');
    say('Fired: ' + r.data.fired + ' (before the week of ' + Sahel.day(r.data.date) + ').', true, 'event-message');
    $('event-label').value = '';
    await load();
  }

  // ---- saves ----

  async function saves() {
    const r = await api('GET', '/api/teacher/saves', undefined, key);
    if (!r.ok) return;
    fill($('saves'), r.data.length === 0 ? el('li', {class: 'note', text: 'No saved game yet.'})
      : r.data.map(name => el('li', {}, el('span', {text: name + ' '}),
        el('button', {type: 'button', class: 'secondary', text: 'Resume', onclick: () => resume(name)}))));
  }

  async function save() {
    await post('/api/teacher/save', {}, d => 'Saved as ' + d.file + ' in ' + d.folder + '.');
    saves();
  }

  async function resume(name) {
    if (!confirm('Resume ' + name + '? The game goes back to where it was saved; students keep their seats.')) return;
    debriefShown = false;
    $('debrief').hidden = true;
    const d = await post('/api/teacher/resume', {file: name}, d => 'Resumed ' + d.resumed + ': month ' + (d.month + 1) + '.');
    if (d) view = null, await load();
  }

  async function end() {
    if (!confirm('End the game here and show the debrief?')) return;
    await post('/api/teacher/end', {}, () => 'The game is over.');
  }

  async function showDebrief() {
    debriefShown = true;
    const box = $('debrief');
    fill(box, el('h2', {text: 'Debrief'}), el('p', {class: 'note', text: 'Playing the same weeks by the rules for comparison...'}));
    box.hidden = false;
    const r = await api('GET', '/api/teacher/debrief', undefined, key);
    if (!r.ok) { fill(box, el('h2', {text: 'Debrief'}), el('p', {class: 'bad', text: r.data.error})); return; }
    fill(box, el('h2', {text: 'Debrief'}));
    Debriefs.all(box, r.data);
    box.scrollIntoView();
  }

  function resize(by) {
    size = Math.max(0.8, Math.min(2, size + by));
    document.documentElement.style.fontSize = (100 * size) + '%';
    if (map && view) Sahel.drawMap($('map'), map, view.cells, true);
  }

  async function start() {
    const m = await api('GET', '/api/map');
    if (m.ok) { map = m.data; fill($('map-key'), Sahel.mapKey(map)); }
    const f = await api('GET', '/api/teacher/events', undefined, key);
    if (f.ok) {
      forms = f.data;
      fill($('event-type'), forms.map(x => el('option', {value: x.key, text: x.key.replace(/_/g, ' ')})));
      offer();
    }
    await load();
    if (view && map) Sahel.drawMap($('map'), map, view.cells, true);
    saves();
  }

  // Rejoin codes give a seat to whoever types them: off the projector unless the teacher asks.
  $('show-rejoin').addEventListener('click', () => {
    showRejoin = !showRejoin;
    $('show-rejoin').textContent = showRejoin ? 'Hide rejoin codes' : 'Show rejoin codes';
    if (view) render(false);
  });
  $('advance').addEventListener('click', advance);
  $('set-deadline').addEventListener('click', () => post('/api/teacher/deadline', {minutes: Number($('minutes').value)},
    d => d.deadline ? 'Orders are due in ' + $('minutes').value + ' minutes.' : 'No deadline.'));
  $('save').addEventListener('click', save);
  $('end').addEventListener('click', end);
  $('larger').addEventListener('click', () => resize(0.15));
  $('smaller').addEventListener('click', () => resize(-0.15));
  $('event-type').addEventListener('change', offer);
  $('event-form').addEventListener('submit', fire);
  window.addEventListener('resize', () => { if (map && view) Sahel.drawMap($('map'), map, view.cells, true); });
  start();
  setInterval(load, 3000);
  setInterval(tick, 1000);
})();
