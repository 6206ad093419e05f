// One page for the three form clients: the input named in the URL's fragment says which client
// to render, with the part's schema, UI schema, data and the findings from the crate's adapters.
// Everything the runner reads back is on window.__result.
import '@ant-design/v5-patch-for-react-19';
import React, { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
// react-jsonschema-form
import RjsfForm, { getDefaultRegistry } from '@rjsf/core';
import rjsfValidator from '@rjsf/validator-ajv8';
import { getUiOptions, replaceStringParameters } from '@rjsf/utils';
// JSON Forms
import { JsonForms } from '@jsonforms/react';
import { and, composeWithUi, isStringControl, rankWith, schemaMatches } from '@jsonforms/core';
import { vanillaCells, vanillaRenderers, TextAreaCell } from '@jsonforms/vanilla-renderers';
// Formily
import { createForm, onFieldInit, FormPath } from '@formily/core';
import { createSchemaField } from '@formily/react';
import * as AntdV5 from '@formily/antd-v5';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

const result = (window.__result = { ready: false, renderError: null, unknownComponents: [] });
const api = (window.__api = {});

class ErrorBoundary extends React.Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }
  static getDerivedStateFromError(error) {
    return { error };
  }
  componentDidCatch(error) {
    result.renderError = String((error && error.stack) || error);
    result.ready = true;
  }
  render() {
    return this.state.error ? <pre>{String(this.state.error)}</pre> : this.props.children;
  }
}

function Ready({ children }) {
  useEffect(() => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { result.ready = true; }, 100)));
  }, []);
  return children;
}

// ---- rjsf: the field with id root_<segments> and its .form-group wrapper (label, widget, errors).
function addCss(css) {
  const style = document.createElement('style');
  style.textContent = css || '';
  document.head.appendChild(style);
}

// The item template the README shows: a list of objects whose uiSchema has
// `ui:options.foldItems` draws each item in a <details>, the first one open.
const RjsfItem = getDefaultRegistry().templates.ArrayFieldItemTemplate;
function FoldedItem(props) {
  if (!getUiOptions(props.parentUiSchema).foldItems) return <RjsfItem {...props} />;
  return (
    <details open={props.index === 0}>
      <summary>第 {props.index + 1} 项</summary>
      <RjsfItem {...props} />
    </details>
  );
}

function rjsf(input) {
  api.fieldElement = (segments) => {
    const el = document.getElementById(['root', ...segments].join('_'));
    return el ? el.closest('.form-group') || el : null;
  };
  addCss(input.css);
  return (
    <RjsfForm
      schema={input.schema}
      uiSchema={input.uiSchema}
      formData={input.formData}
      validator={rjsfValidator}
      noHtml5Validate
      showErrorList={false}
      extraErrors={input.errors}
      templates={{ ArrayFieldItemTemplate: FoldedItem }}
      translateString={(str, params) => replaceStringParameters(input.i18n[str] ?? str, params)}
      experimental_defaultFormStateBehavior={{ emptyObjectFields: 'skipEmptyDefaults', constAsDefaults: 'never' }}
    />
  );
}

// ---- JSON Forms: vanilla renderers, the crate's i18n table, paragraphs (long strings in lists)
// drawn with the vanilla TextAreaCell. Each renderer is wrapped in a <div data-path> so that the
// runner finds the element of a data path (test instrumentation only).
function jsonforms(input) {
  const table = input.i18n.translations;
  const translate = (key, fallback) => {
    if (key in table) return table[key];
    const last = key.split('.').pop();
    if (last in table) return table[last];
    return fallback;
  };
  // A renderer gets its parent's path; a control's own is the parent's with its scope.
  const withPath = (Renderer) => (props) => (
    <div data-path={props.uischema && props.uischema.scope ? composeWithUi(props.uischema, props.path || '') : props.path || ''}>
      <Renderer {...props} />
    </div>
  );
  const renderers = vanillaRenderers.map((r) => ({ tester: r.tester, renderer: withPath(r.renderer) }));
  // A cell gets its own path.
  const withCellPath = (Cell) => (props) => (
    <div data-path={props.path || ''}>
      <Cell {...props} />
    </div>
  );
  // The one addition a page makes: list items of long text (paragraphs) as multi-line cells.
  const cells = [
    ...vanillaCells,
    { tester: rankWith(3, and(isStringControl, schemaMatches((s) => (s.maxLength || 0) >= 300))), cell: TextAreaCell },
  ].map((c) => ({ tester: c.tester, cell: withCellPath(c.cell) }));
  // A table cell's field is its row (the vanilla table shows a row's errors in that row).
  api.fieldElement = (segments) => {
    if (segments.length === 0) return document.getElementById('root');
    const path = segments.join('.');
    // An object drawn as a Group has no element of its own: its first field's stands for it.
    const el =
      document.querySelector(`[data-path="${CSS.escape(path)}"]`) ||
      [...document.querySelectorAll('[data-path]')].find((e) => e.dataset.path.startsWith(`${path}.`));
    return el ? el.closest('tr') || el : null;
  };
  // Picks the categories (theme tabs of a subsection) on the way to a field until the field
  // shows the message, as a drafter following the error would.
  api.reveal = async (segments, message) => {
    const tried = new Set();
    for (let step = 0; step < 60; step++) {
      const el = api.fieldElement(segments);
      if (el && (el.textContent || '').includes(message)) return true;
      let k = segments.length;
      let anc = null;
      while (k > 0 && !(anc = api.fieldElement(segments.slice(0, k)))) k--;
      if (!anc) anc = document.getElementById('root');
      const next = [...anc.querySelectorAll('.category-subcategories > li')].find((li) => !tried.has(li));
      if (!next) return false;
      tried.add(next);
      next.click();
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 30)));
    }
    return false;
  };
  return (
    <JsonForms
      schema={input.schema}
      uischema={input.uiSchema}
      data={input.formData}
      renderers={renderers}
      cells={cells}
      i18n={{ locale: input.i18n.locale, translate }}
      validationMode="ValidateAndShow"
      additionalErrors={input.errors}
      onChange={({ errors }) => {
        result.validationErrors = (errors || []).map((e) => ({ instancePath: e.instancePath, message: e.message }));
      }}
    />
  );
}

// ---- Formily: every component of @formily/antd-v5, antd in zh_CN, the feedbacks set on their fields.
const isComponent = (v) =>
  typeof v === 'function' ||
  (v && typeof v === 'object' && (v.$$typeof === Symbol.for('react.memo') || v.$$typeof === Symbol.for('react.forward_ref')));
const components = {};
for (const [name, v] of Object.entries(AntdV5)) {
  if (/^[A-Z]/.test(name) && !['FormDialog', 'FormDrawer'].includes(name) && isComponent(v)) components[name] = v;
}
const SchemaField = createSchemaField({ components });

function unknownComponents(schema) {
  const out = [];
  const walk = (node, at) => {
    if (!node || typeof node !== 'object') return;
    for (const key of ['x-component', 'x-decorator']) {
      if (typeof node[key] === 'string' && FormPath.getIn(components, node[key]) == null) out.push(`${at}: ${node[key]}`);
    }
    for (const [n, c] of Object.entries(node.properties || {})) walk(c, `${at}.${n}`);
    if (node.items) walk(node.items, `${at}[]`);
  };
  walk(schema, '');
  return out;
}

function formily(input) {
  addCss(input.css);
  result.unknownComponents = unknownComponents(input.schema);
  const form = createForm({
    initialValues: input.formData,
    effects() {
      onFieldInit('*', (field) => {
        field.setDecoratorProps({ 'data-path': field.path.toString() });
      });
    },
  });
  for (const f of input.errors) {
    form.setFieldState(f.path, (field) => {
      field.feedbacks = [...(field.feedbacks || []), { type: f.type, code: f.code, messages: f.messages }];
    });
  }
  api.fieldElement = (segments) => {
    if (segments.length === 0) return document.getElementById('root');
    return document.querySelector(`[data-path="${CSS.escape(segments.join('.'))}"]`);
  };
  // Formily's own validation of the initial values (the findings set above are left out).
  api.validate = async () => {
    try {
      await form.validate();
      return [];
    } catch (e) {
      if (!Array.isArray(e)) return [String(e)];
      return e.filter((f) => f.code !== 'fazhi').map((f) => ({ path: f.path, code: f.code, messages: f.messages }));
    }
  };
  const scope = { formTab: AntdV5.FormTab.createFormTab(), formStep: AntdV5.FormStep.createFormStep() };
  return (
    <ConfigProvider locale={zhCN}>
      <AntdV5.Form form={form} layout="vertical">
        <SchemaField schema={input.schema} scope={scope} />
      </AntdV5.Form>
    </ConfigProvider>
  );
}

const CLIENTS = { rjsf, jsonforms, formily };

(async () => {
  const res = await fetch(`/input/${location.hash.slice(1)}`);
  if (!res.ok) throw new Error(`input: HTTP ${res.status}`);
  const input = await res.json();
  createRoot(document.getElementById('root')).render(
    <ErrorBoundary>
      <Ready>{CLIENTS[input.client](input)}</Ready>
    </ErrorBoundary>,
  );
})().catch((e) => {
  result.renderError = String((e && e.stack) || e);
  result.ready = true;
});
