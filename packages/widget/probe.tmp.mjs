import * as S from 'survey-core';
const m = new S.Model({ questionsOnPageMode: 'questionPerPage', showPreviewBeforeComplete: 'showAllQuestions', pages: [{ name: 'p1', elements: [
 { type: 'text', name: 'a' }, { type: 'text', name: 'b' } ]}, {name:'p2', elements:[{type:'paneldynamic', name:'pd', templateElements:[{type:'text',name:'x'}], panelCount: 2, templateTitle: 'Item {panelIndex}'}, {type:'matrixdynamic', name:'md', columns:[{name:'c', cellType:'text'}], rowCount: 1}]}]});
console.log('rows', m.currentPage.rows.map(r=>[r.visible, r.visibleElements.map(e=>e.name)]), m.currentSingleQuestion?.name, m.currentSingleElement?.name, m.isShowNextButton, m.isLastPage);
m.performNext?.(); console.log('after next', m.currentSingleQuestion?.name, m.currentPage.rows.map(r=>[r.visible, r.visibleElements.map(e=>e.name)]));
const pd = m.getQuestionByName('pd'); console.log('pd', pd.visiblePanels?.length, pd.panels.length, pd.displayMode, pd.canAddPanel, pd.canRemovePanel, pd.visiblePanels[0].locTitle.renderedHtml, pd.locAddPanelText.renderedHtml, pd.locRemovePanelText.renderedHtml);
const md = m.getQuestionByName('md'); console.log('md', md.visibleRows.length, md.visibleRows[0].cells.map(c=>[c.question.getType(), c.question.title, c.column.locTitle.renderedHtml]), md.canAddRow, md.canRemoveRow(md.visibleRows[0]), md.locAddRowText.renderedHtml, md.locRemoveRowText.renderedHtml);
console.log('preview', m.isShowPreviewButton, m.locPreviewText.renderedHtml, m.locEditText.renderedHtml, typeof m.showPreview, typeof m.cancelPreview);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(m)).filter(n=>/single|Preview|progress|logo|navigat/i.test(n)).join(' '));
