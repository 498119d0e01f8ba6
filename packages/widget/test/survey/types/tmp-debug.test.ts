import { clickButton, mountSurvey } from '../helpers.js';
function dump(root: Node): Record<string, number> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const out: Record<string, number> = {};
  while (walker.nextNode()) {
    const p = walker.currentNode.parentNode as Element;
    const key = `${p.nodeName}.${(p as Element).className ?? ''}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
it('debug', async () => {
  const el = await mountSurvey({
    props: {
      surveyJson: {
        pages: [
          { name: 'a', elements: [{ type: 'text', name: 'a1' }, { type: 'radiogroup', name: 'a2', choices: ['x', 'y'] }] },
          { name: 'b', elements: [{ type: 'comment', name: 'b1' }, { type: 'dropdown', name: 'b2', choices: ['x', 'y'] }] },
        ],
      },
    },
  });
  console.log(JSON.stringify(dump(el.shadowRoot!)));
  for (let i = 0; i < 3; i++) {
    await clickButton(el, 'button-next');
    await clickButton(el, 'button-back');
  }
  console.log(JSON.stringify(dump(el.shadowRoot!)));
});
