'use strict';
/*
 * A student's page: the faction's view of the war and its menu for the month. It asks the server
 * every few seconds; if the connection drops it says so and keeps trying, and the choices made
 * so far are kept in this browser, so nothing is lost. Choices are sent only when the student
 * sends them; the server checks them and says why if it refuses.
 */
(() => {
  const {api, el, fill, table} = Sahel;
  const $ = id => document.getElementById(id);
  const token = localStorage.getItem('sahelsim.seat');
  if (!token) { location.replace('/?again=1'); return; }
  const seat = {'X-Seat': token};
  let view = null;       // the last view the server sent
  let menuSig = '';      // which menu the checkboxes show
  let map = null;
  let skew = 0;          // server clock minus this browser's
  let debriefShown = false;

  const say = (text, good) => { $('message').textContent = text || ''; $('message').className = good ? 'good' : 'bad'; };
  const draftKey = () => 'sahelsim.draft.' + view.faction + '.' + view.month;
  const chosen = () => Array.from(document.querySelectorAll('input.choice:checked')).map(c => c.value);

  function saveDraft() {
    if (view) localStorage.setItem(draftKey(), JSON.stringify(chosen()));
    updateSendButton();
  }

  function updateSendButton() {
    const n = chosen().length;
    $('send').textContent = n === 0 ? 'Send orders: hold (do nothing this month)' : 'Send orders (' + n + ' chosen)';
  }

  function option(o, checked) {
    const id = 'opt-' + o.id.replace(/[^a-z0-9_]/gi, '-');
    const chance = o.kind === 'choice' ? 'your rules would take it: ' + Math.round(100 * o.chance) + '%'
      : 'chance of success: ' + Math.round(100 * o.chance) + '%';
    return el('label', {class: 'option', for: id, 'data-region': o.region.toLowerCase(), 'data-text': o.label.toLowerCase()},
      el('input', {type: 'checkbox', class: 'choice' + (o.kind === 'choice' ? '' : ' operation'), value: o.id, id,
        checked: checked.includes(o.id), onchange: saveDraft}),
      el('span', {class: 'label', text: o.label}), el('span', {class: 'chance', text: chance}));
  }

  /** The menu's checkboxes, drawn again only when the menu itself changes (a new month, an event). */
  function renderMenu() {
    const sig = view.month + '|' + view.options.map(o => o.id).join(',');
    if (sig === menuSig) return;
    menuSig = sig;
    let checked = view.submitted ? view.submitted.orders.map(o => o.id) : [];
    try { checked = JSON.parse(localStorage.getItem(draftKey())) || checked; } catch (e) { /* no draft */ }
    const choices = view.options.filter(o => o.kind === 'choice');
    fill($('choices'), choices.length === 0 ? el('p', {class: 'note', text: 'No decision is open to you this month.'})
      : choices.map(o => option(o, checked)));
    const ops = view.options.filter(o => o.kind !== 'choice');
    $('ops-limit').textContent = ops.length ? '(at most ' + view.operationsPerMonth + ' a month)' : '';
    const kinds = {};
    for (const o of ops) (kinds[o.kind] = kinds[o.kind] || []).push(o);
    fill($('operations'), ops.length === 0 ? el('p', {class: 'note', text: 'You have no operations to order: your troops are not yours to command.'})
      : Object.keys(kinds).map(k => el('details', {class: 'kind', open: kinds[k].some(o => checked.includes(o.id))},
        el('summary', {text: k.charAt(0).toUpperCase() + k.slice(1) + ' (' + kinds[k].length + ')'}),
        kinds[k].map(o => option(o, checked)))));
    applyFilter();
    updateSendButton();
  }

  function applyFilter() {
    const q = $('filter').value.trim().toLowerCase();
    for (const o of document.querySelectorAll('#operations label.option')) {
      o.hidden = q !== '' && !o.dataset.text.includes(q) && !o.dataset.region.includes(q);
    }
  }

  function facts(list) {
    return table(['', ''], list.map(f => [f.label, f.text]), 'facts');
  }

  function render() {
    document.title = view.label + ': SahelSim classroom';
    $('faction').textContent = view.label;
    $('who').textContent = 'Played by ' + view.player;
    $('rejoin').textContent = view.rejoin;
    $('brief').textContent = view.brief;
    $('month').textContent = view.over ? 'The game is over' : 'Month ' + (view.month + 1) + ', from ' + Sahel.day(view.date);
    const sub = view.submitted;
    $('status').textContent = view.over ? '' : !sub ? 'No orders sent: your rules decide this month unless you send orders.'
      : sub.orders.length === 0 ? 'Orders sent: hold, do nothing this month.'
      : 'Orders sent: ' + sub.orders.map(o => o.id).join(', ') + '.';
    $('status').className = 'status ' + (sub ? 'sent' : 'rules');
    fill($('standing'), facts(view.standing));
    $('money').textContent = view.money;
    fill($('forces'), view.forces.length === 0 ? el('p', {class: 'note', text: 'You have no troops in Mali.'})
      : table(['Force', 'Troops', 'In the field', 'In garrisons', 'On operations', 'Quality', 'Air power', 'ISR'],
        view.forces.map(f => [f.force, f.troops, f.field, f.garrisons, f.operations, f.quality.toFixed(2), f.airPower.toFixed(1), f.isr.toFixed(1)])));
    fill($('places'), view.places.length === 0 ? el('p', {class: 'note', text: 'You hold no place.'})
      : table(['Place', 'Region', 'Kind', 'Garrison', 'Supplies (days)', 'Besieged by'],
        view.places.map(p => [p.name, p.region, p.kind, p.garrison, p.supplyDays, p.besiegedBy || '-'])));
    $('intel-note').textContent = view.intelligenceNote;
    fill($('intel'), view.intelligence.length === 0 ? null
      : table(['Enemy place', 'Region', 'Held by', 'Garrison (about)'],
        view.intelligence.map(s => [s.name, s.region, s.holder, s.garrison]), 'scroll'));
    fill($('nation'), facts(view.nation));
    fill($('news'), view.news.length === 0 ? el('li', {text: 'Nothing yet.'}) : view.news.map(n => el('li', {text: n})));
    $('send').disabled = view.over;
    $('rules').disabled = view.over;
    renderMenu();
    tick();
    if (view.over && !debriefShown) showDebrief();
  }

  function tick() {
    if (!view) return;
    $('deadline').textContent = view.over ? '' : Sahel.timeLeft(view.deadline, Date.now() + skew);
  }

  async function load() {
    const r = await api('GET', '/api/seat', undefined, seat);
    if (r.status === 403) {
      localStorage.removeItem('sahelsim.seat');
      location.replace('/?again=1&why=' + encodeURIComponent(r.data.error));
      return;
    }
    if (!r.ok) {
      $('connection').textContent = r.data.error + ' Trying again; your choices are kept in this browser.';
      $('connection').hidden = false;
      return;
    }
    $('connection').hidden = true;
    const fresh = !view || view.month !== r.data.month;
    if (view && fresh && !r.data.over) say('A new month has begun: month ' + (r.data.month + 1) + '. Choose again.', true);
    view = r.data;
    skew = view.now - Date.now();
    render();
    if (fresh || !map) drawMap();
  }

  async function drawMap() {
    if (!map) {
      const r = await api('GET', '/api/map');
      if (!r.ok) return;
      map = r.data;
      fill($('map-key'), Sahel.mapKey(map));
    }
    const t = await api('GET', '/api/seat/map', undefined, seat);
    Sahel.drawMap($('map'), map, t.ok ? t.data : null, false);
  }

  async function send() {
    const r = await api('POST', '/api/seat/orders', {month: view.month, choices: chosen()}, seat);
    if (!r.ok) return say(r.data.error);
    const n = r.data.orders.length;
    say(n === 0 ? 'Sent: you hold this month.' : 'Sent: ' + n + (n === 1 ? ' order' : ' orders') + ' for month ' + (view.month + 1) + '.', true);
    await load();
  }

  async function rules() {
    const r = await api('POST', '/api/seat/rules', {month: view.month}, seat);
    if (!r.ok) return say(r.data.error);
    say('Your rules decide this month.', true);
    await load();
  }

  async function showDebrief() {
    const r = await api('GET', '/api/seat/debrief', undefined, seat);
    if (!r.ok) return;
    debriefShown = true;
    const story = r.data.factions.find(f => f.faction === view.faction);
    const box = $('debrief');
    fill(box, el('h2', {text: 'Debrief: ' + view.label}));
    if (story) Debriefs.story(box, story);
    const chart = el('div', {class: 'chart'});
    box.append(chart);
    Sahel.drawChart(chart, r.data.chart, 'Territory each side dominated, % of Mali: the class (solid), the rules alone (dashed)');
    box.hidden = false;
  }

  $('send').addEventListener('click', send);
  $('rules').addEventListener('click', rules);
  $('filter').addEventListener('input', applyFilter);
  window.addEventListener('resize', () => { if (map) drawMap(); });
  load();
  setInterval(load, 4000);
  setInterval(tick, 1000);
})();
