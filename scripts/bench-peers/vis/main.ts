// vis-timeline as its documentation shows it: one box item per event with its title, stacked.
import { Timeline } from 'vis-timeline/standalone';
import { loadPeerEvents } from '../peerData';

const container = document.getElementById('timeline');
if (container === null) throw new Error('The page has no #timeline.');
const events = await loadPeerEvents();
const items = events.map((e, id) => ({ id, content: e.title, start: e.start, title: e.kind }));
// Ctrl + wheel zooms, as in Aidline, so a plain wheel scrolls the page in both.
new Timeline(container, items, { stack: true, zoomKey: 'ctrlKey', maxHeight: 820 });
