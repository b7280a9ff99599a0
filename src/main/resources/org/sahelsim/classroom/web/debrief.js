'use strict';
/* The debrief, as both the teacher's and the students' pages show it. */
const Debriefs = (() => {
  const {el, table} = Sahel;

  /** One faction's game: where it stands against the rules' run, and its decisions month by month. */
  function story(box, s) {
    const section = el('section', {class: 'story'});
    section.append(el('h3', {text: s.label + (s.player ? ': played by ' + s.player : ': played by its rules')}));
    if (s.consequences.length) {
      section.append(table(['', 'At the start', 'After the class', 'The same weeks by the rules'],
        s.consequences.map(c => [c.label, c.atStart, c.inClass, c.byRules]), 'facts compare'));
    }
    section.append(el('h4', {text: 'Decisions, month by month'}));
    section.append(el('ol', {class: 'months'}, s.months.map(m => el('li', {},
      el('p', {},
        el('strong', {text: 'Month ' + (m.month + 1) + ' (from ' + Sahel.day(m.date) + '): '}),
        m.decidedBy === 'its rules' ? 'its rules decided.' : m.decidedBy + ' ordered ' + (m.orders.length === 0 ? 'it to hold.'
          : m.orders.map(o => o.id).join(', ') + '.')),
      m.logged.length ? el('ul', {class: 'logged'}, m.logged.map(l => el('li', {text: l}))) : null))));
    section.append(el('h4', {text: 'What its rules decided, playing alone'}));
    section.append(s.byRules.length ? el('ul', {class: 'logged'}, s.byRules.map(l => el('li', {text: l})))
      : el('p', {class: 'note', text: 'Nothing: its rules took no strategic decision in those weeks.'}));
    box.append(section);
  }

  /** The whole debrief: the chart, the teacher's events, every faction's story. */
  function all(box, d) {
    box.append(el('p', {text: d.months + ' months played, from ' + Sahel.day(d.from) + ' to ' + Sahel.day(d.to)
      + '. Beside the class\'s run, the same scenario with the same seed played by the rules alone for the same weeks,'
      + ' with the same teacher\'s events: whatever differs, the students\' choices made it differ.'}));
    const chart = el('div', {class: 'chart'});
    box.append(chart);
    Sahel.drawChart(chart, d.chart, 'Territory each side dominated, % of Mali: the class (solid), the rules alone (dashed)');
    if (d.fired.length) box.append(el('p', {class: 'note', text: 'The teacher\'s events: ' + d.fired.join('; ')}));
    for (const s of d.factions) story(box, s);
  }

  return {story, all};
})();
