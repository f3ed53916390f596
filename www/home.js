// The home page's few controls, in plain JavaScript (the calculators'
// modules do the same in Rust: app.rs, link_state.rs, embed.rs). Loaded by
// index.html's loader on the home page only (no `?page=`): a calculator's
// first visit does not fetch it. It runs once the page is parsed.
const home = () => {
  const shell = document.getElementById('home-shell');
  const root = document.documentElement;
  const pairs = [...new URLSearchParams(location.search)];
  const notices = [];
  const shown = (s) => { const t = [...s].filter((c) => c >= ' ' && c !== '\x7f'); return t.length > 24 ? t.slice(0, 24).join('') + '…' : t.join(''); };
  const first = (key) => {
    const values = pairs.filter(([k]) => k === key).map(([, v]) => v);
    if (!values.length) return null;
    if (values.length > 1) notices.push(`“${key}” appears more than once in the link; the first value is used.`);
    if (new TextEncoder().encode(values[0]).length > 200) { notices.push(`The link's value for “${key}” is too long and was ignored.`); return null; }
    return values[0];
  };
  let sig = 4;
  const sigText = first('sig');
  if (sigText !== null) {
    const n = /^\s*\+?\d+\s*$/.test(sigText) ? Number(sigText) : NaN;
    if (n >= 2 && n <= 8) sig = n;
    else notices.push(`The link's value “${shown(sigText)}” for “sig” should be a whole number from 2 to 8; 4 is used.`);
  }
  const themeText = first('theme');
  if (themeText && themeText !== 'light' && themeText !== 'dark') notices.push(`The link's value “${shown(themeText)}” for “theme” is not a known option; “the visitor's” is used.`);
  const page = first('page');
  if (page) notices.push(`The link's value “${shown(page)}” for “page” is not a page of ecm-calc; the list of calculators is shown.`);
  const known = ['page', 'sig', 'embed', 'debug', 'theme'];
  const unknown = [...new Set(pairs.map(([k]) => k).filter((k) => !known.includes(k)))];
  if (unknown.length) notices.push(`The link has settings this page does not use, which were ignored: ${unknown.slice(0, 5).map((k) => `“${shown(k)}”`).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}.`);
  const box = shell.querySelector('[data-testid=link-notices]');
  if (notices.length) {
    const div = document.createElement('div');
    div.className = 'notice';
    const ul = document.createElement('ul');
    for (const n of [...new Set(notices)]) ul.appendChild(document.createElement('li')).textContent = n;
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = 'Dismiss';
    dismiss.onclick = () => div.remove();
    div.append(ul, dismiss);
    box.appendChild(div);
  }
  // Links keep the settings in use: significant figures, a linked theme, embed mode.
  const linkedTheme = pairs.map(([k, v]) => k === 'theme' && v).filter((v) => v === 'light' || v === 'dark').pop();
  const embedded = pairs.some(([k, v]) => k === 'embed' && v === '1');
  const carry = (href) => {
    const q = new URLSearchParams(href.slice(1));
    if (sig !== 4 && !q.has('sig')) q.set('sig', sig);
    if (linkedTheme && !q.has('theme')) q.set('theme', linkedTheme);
    if (embedded && !q.has('embed')) q.set('embed', '1');
    return '?' + q.toString();
  };
  const links = [...shell.querySelectorAll('main a[href^="?"], nav a[href^="?"], .brand a[href^="?"]')];
  for (const a of links) a.dataset.href = a.getAttribute('href');
  const fullLink = () => { const u = new URL(location.href); u.searchParams.delete('embed'); return u.href; };
  const update = () => {
    for (const a of links) a.href = carry(a.dataset.href);
    shell.querySelector('[data-testid=print-link]').textContent = fullLink();
  };
  const select = shell.querySelector('[data-testid=sig]');
  select.value = String(sig);
  select.onchange = () => {
    sig = Number(select.value);
    history.replaceState(null, '', carry('?').replace(/^\?$/, location.pathname));
    update();
  };
  const themeButton = shell.querySelector('[data-testid=theme]');
  const themes = ['system', 'light', 'dark'];
  let theme = root.dataset.theme || 'system';
  const showTheme = () => { themeButton.textContent = `Theme: ${theme}`; };
  themeButton.onclick = () => {
    theme = themes[(themes.indexOf(theme) + 1) % 3];
    try { localStorage.setItem('ecm-theme', theme); } catch (e) { /* storage blocked */ }
    if (theme === 'system') delete root.dataset.theme; else root.dataset.theme = theme;
    showTheme();
  };
  showTheme();
  if (embedded) {
    root.classList.add('embed');
    shell.querySelector('header').remove();
    shell.querySelector('.site-footer').remove();
    const bar = shell.querySelector('.embed-bar');
    bar.hidden = false;
    const open = bar.querySelector('[data-testid=open-full]');
    open.href = fullLink();
    open.onclick = () => { open.href = fullLink(); };
    bar.querySelector('[data-testid=copy-link]').onclick = () => {
      navigator.clipboard.writeText(fullLink()).catch(() => {});
      bar.querySelector('[data-testid=copy-status]').textContent = 'Link copied.';
    };
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (parent !== window) {
      parent.postMessage({ type: 'ecm-calc:resize', height, page: '' }, '*');
      parent.postMessage({ subject: 'lti.frameResize', height }, '*');
    }
  } else {
    shell.querySelector('.embed-bar').remove();
  }
  update();
  root.dataset.ready = '1';
  dispatchEvent(new Event('ecm-ready'));
};
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', home, { once: true });
else home();
