// Renders the analyst guide's walk-through change ("Screen against sanctions lists" between screening and review)
// with bpmn-js, the canvas the Camunda Modeler draws with, in headless Chromium. The change is made with the
// Modeler's own editing commands (make space, create a service task, reconnect the flows), as an analyst would make
// it by hand. Not run by CI: see README.md beside this file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const model = readFileSync(join(here, '..', '..', '..', 'bpmn', 'merchant-onboarding.bpmn'), 'utf8');
const camunda = JSON.parse(readFileSync(join(modules, 'camunda-bpmn-moddle', 'resources', 'camunda.json'), 'utf8'));

// The part of the diagram around the change, in diagram coordinates (before the change; the view keeps its left
// edge and widens by the space made for the new task).
const VIEW = { x: 310, y: 150, width: 860, height: 330 };
const SPACE = 150;
// Screen pixels per diagram unit: both pictures at one scale, the second wider by the space made.
const SCALE = 1.25;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 600 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      html, body { margin: 0; background: #fff; font-family: Arial, sans-serif; }
      #canvas { width: 100vw; height: 100vh; }
      .djs-palette, .djs-context-pad, .djs-popup { display: none !important; }
    </style></head><body><div id="canvas"></div></body></html>`);
  for (const css of ['diagram-js.css', 'bpmn-js.css']) {
    await page.addStyleTag({ path: join(modules, 'bpmn-js', 'dist', 'assets', css) });
  }
  await page.addScriptTag({ path: join(modules, 'bpmn-js', 'dist', 'bpmn-modeler.development.js') });
  await page.evaluate(async ({ model, camunda }) => {
    window.modeler = new window.BpmnJS({ container: '#canvas', moddleExtensions: { camunda } });
    const { warnings } = await window.modeler.importXML(model);
    if (warnings.length) {
      throw new Error('Import warnings: ' + warnings.map((w) => w.message).join('; '));
    }
  }, { model, camunda });

  const shoot = async (file, units) => {
    const width = Math.round(units * SCALE);
    const height = Math.round(VIEW.height * SCALE);
    await page.setViewportSize({ width, height });
    await page.evaluate(({ view, units }) => {
      const canvas = window.modeler.get('canvas');
      canvas.resized();
      window.modeler.get('selection').select([]);
      canvas.viewbox({ x: view.x, y: view.y, width: units, height: view.height });
    }, { view: VIEW, units });
    await page.screenshot({ path: join(here, '..', file) });
    console.log('wrote docs/images/' + file);
  };

  await shoot('process-before-sanctions-step.png', VIEW.width);

  // The change, with the Modeler's commands.
  const after = await page.evaluate(async ({ space }) => {
    const modeler = window.modeler;
    const registry = modeler.get('elementRegistry');
    const modeling = modeler.get('modeling');
    const spaceTool = modeler.get('spaceTool');
    const screening = registry.get('BusinessRuleTask_ScreenApplication');
    const gateway = registry.get('Gateway_ScreeningOutcome');
    const start = screening.x + screening.width + 20;
    // The space tool: everything right of the screening task moves right.
    const all = registry.filter((e) => e.parent && e.type !== 'label');
    const { movingShapes, resizingShapes } = spaceTool.calculateAdjustments(all, 'x', space, start);
    modeling.createSpace(movingShapes, resizingShapes, { x: space, y: 0 }, 'e', start);
    // A service task between screening and the screening outcome.
    const root = modeler.get('canvas').getRootElement();
    const task = modeling.createShape({ type: 'bpmn:ServiceTask' },
      { x: Math.round((screening.x + screening.width + gateway.x) / 2), y: screening.y + screening.height / 2 },
      root);
    modeling.updateProperties(task, {
      id: 'ServiceTask_ScreenSanctions',
      name: 'Screen against sanctions lists',
      'camunda:delegateExpression': '${sanctionsScreeningDelegate}',
    });
    const screened = registry.get('Flow_ApplicationScreened');
    modeling.reconnectEnd(screened, task, { x: task.x, y: task.y + task.height / 2 });
    const flow = modeling.connect(task, gateway, { type: 'bpmn:SequenceFlow' });
    modeling.updateProperties(flow, { id: 'Flow_SanctionsScreened' });
    const { xml } = await modeler.saveXML({ format: true });
    return xml;
  }, { space: SPACE });

  await shoot('process-after-sanctions-step.png', VIEW.width + SPACE);
  if (process.env.SAVE_MODEL) {
    writeFileSync(process.env.SAVE_MODEL, after);
    console.log('wrote ' + process.env.SAVE_MODEL);
  }
} finally {
  await browser.close();
}
