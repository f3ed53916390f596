// "Make an exercise" under a calculator (issue 24; docs/exercises.md): a
// disclosure that starts the exercise builder the first time it opens, and
// opens by itself when the link has `variants` (a teacher's link to the
// builder). Not in an embed, nor on a student's exercise (`ask` without
// `variants`). The builder is its own module (`exercise_builder`), loaded
// with the page loader's `ecmLoadModule`; the single file has its code in
// its one module, which leaves `ecmBuilder` to start it. Plain script, not
// the page's WebAssembly, so that a calculator's first load does not carry
// it. Each page announces every link it writes (`ecm-link`), also when the
// single file changes pages in place: the disclosure follows.
addEventListener('ecm-link', () => {
  const query = new URLSearchParams(location.search);
  const page = query.get('page');
  const has = (key) => query.getAll(key).some(Boolean);
  const open = has('variants');
  const wanted = /^(stress|fracture|sphere|rod|creep)$/.test(page) && query.get('embed') !== '1' && (open || !has('ask'));
  let details = document.querySelector('details.exercise-builder');
  if (details && (!wanted || details.dataset.page !== page)) {
    details.remove();
    details = null;
  }
  const main = document.getElementById('main');
  if (!wanted || details || !main) return;
  details = document.createElement('details');
  details.className = 'exercise-builder';
  details.dataset.testid = 'exercise-builder';
  details.dataset.page = page;
  details.innerHTML = '<summary>Make an exercise</summary><div id="exercise-builder-slot"><p class="hint" data-testid="exercise-builder-loading">Loading the exercise builder…</p></div>';
  const slot = details.lastChild;
  // Started once; a failed download leaves a message, and opening the
  // disclosure again retries. (A disclosure made open fires `toggle` too.)
  details.addEventListener('toggle', () => {
    if (!details.open || slot.dataset.started != null) return;
    slot.dataset.started = '';
    new Promise((done) => done(window.ecmBuilder ? window.ecmBuilder() : window.ecmLoadModule('exercise_builder'))).catch(() => {
      delete slot.dataset.started;
      slot.textContent = 'The exercise builder could not be downloaded (offline, and not opened here before?). Close and open it again to retry.';
    });
  });
  details.open = open;
  main.after(details);
});
