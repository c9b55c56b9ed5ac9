// The `lc-feed serve` preview page: shows whether the feed is valid, reloads
// when the feed file changes (Server-Sent Events from /__lc/events), and says
// which widgets the bundle does not define. No framework: it must work
// whatever state the widgets are in.

const statusBox = document.getElementById('lc-preview-status');
const issueList = document.getElementById('lc-preview-issues');

const languagePicker = document.getElementById('lc-preview-lang');
const LANGUAGE_KEY = 'lc-preview-lang';

// Widgets follow the page's lang: switching it shows the feed in another language.
function setLanguage(language) {
  document.documentElement.lang = language;
  languagePicker.value = language;
}
languagePicker.addEventListener('change', () => {
  localStorage.setItem(LANGUAGE_KEY, languagePicker.value);
  setLanguage(languagePicker.value);
});

async function showStatus() {
  try {
    const response = await fetch('/__lc/status', { cache: 'no-store' });
    const status = await response.json();
    setLanguage(localStorage.getItem(LANGUAGE_KEY) ?? status.language ?? 'en');
    statusBox.dataset.state = status.valid ? 'valid' : 'invalid';
    statusBox.textContent = status.summary;
    issueList.replaceChildren(
      ...status.issues.map((issue) => {
        const item = document.createElement('li');
        item.textContent = issue;
        return item;
      }),
    );
  } catch (error) {
    statusBox.dataset.state = 'invalid';
    statusBox.textContent = `The preview server did not answer: ${error}`;
  }
}

function watchFeed() {
  const events = new EventSource('/__lc/events');
  events.addEventListener('reload', () => location.reload());
}

// A widget the bundle does not define stays an empty element: say so.
async function checkWidgets() {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (const section of document.querySelectorAll('[data-widget]')) {
    const tag = section.dataset.widget;
    if (customElements.get(tag)) continue;
    const note = document.createElement('p');
    note.className = 'lc-preview-note';
    note.textContent = `<${tag}> is not defined by the widgets bundle on this page.`;
    section.append(note);
  }
}

showStatus();
watchFeed();
checkWidgets();
