'use strict';
/* The join page: the class's code, then a name and a faction; the seat's token stays in this browser. */
(() => {
  const {api, el, fill} = Sahel;
  const $ = id => document.getElementById(id);
  const say = (text, good) => { $('message').textContent = text || ''; $('message').className = good ? 'good' : 'bad'; };

  if (localStorage.getItem('sahelsim.seat')) {
    // This browser already holds a seat: go back to it (the play page sends it here if the seat is gone).
    if (!new URLSearchParams(location.search).has('again')) location.replace('/play');
  }
  const again = new URLSearchParams(location.search).get('why');
  if (again) say(again);

  async function showFactions(event) {
    event.preventDefault();
    const code = $('code').value.trim().toUpperCase();
    const r = await api('GET', '/api/class?code=' + encodeURIComponent(code));
    if (!r.ok) return say(r.data.error);
    say('');
    $('class-title').textContent = r.data.title + ': month ' + (r.data.month + 1) + ', from ' + Sahel.day(r.data.date);
    fill($('factions'), r.data.factions.map(f => el('label', {class: 'faction'},
      el('input', {type: 'radio', name: 'faction', value: f.key, required: true}),
      el('strong', {text: f.label}),
      f.player ? el('span', {class: 'taken', text: ' played by ' + f.player}) : el('span', {class: 'free', text: ' free'}),
      el('span', {class: 'brief', text: f.brief}))));
    $('join-form').hidden = false;
    $('name').focus();
  }

  async function join(event) {
    event.preventDefault();
    const picked = document.querySelector('input[name=faction]:checked');
    if (!picked) return say('Choose the faction you play.');
    const r = await api('POST', '/api/join', {
      code: $('code').value.trim().toUpperCase(), faction: picked.value,
      name: $('name').value, rejoin: $('rejoin').value.trim() || null
    });
    if (!r.ok) return say(r.data.error);
    localStorage.setItem('sahelsim.seat', r.data.token);
    location.replace('/play');
  }

  $('code-form').addEventListener('submit', showFactions);
  $('join-form').addEventListener('submit', join);
})();
