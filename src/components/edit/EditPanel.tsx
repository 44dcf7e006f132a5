import { useId } from 'react';
import { batchSizePath, layersPath, learningRatePath, titlePath } from '../../editing';
import { selectFieldProblem, useApp } from '../../store';
import { AddLayer } from './AddLayer';
import { Field } from './Field';
import { Initializer } from './Initializer';
import { LayerCard } from './LayerCard';
import { Sym } from '../train/Sym';
import { numberText } from './text';
import './edit.css';

/** The model's title, as plain text. */
function TitleField() {
  const title = useApp((state) => state.model.title);
  const edit = useApp((state) => state.edit);
  const id = useId();
  return (
    <div className="edit-title">
      <label htmlFor={id}>Title</label>
      <Field
        id={id}
        path={titlePath}
        value={title}
        label="Title of the model"
        className="title-field"
        onCommit={(text) => edit({ kind: 'setTitle', title: text })}
      />
    </div>
  );
}

/** The layers L^1 … L^n, each editable, then the form that adds one. */
function Layers() {
  const count = useApp((state) => state.model.layers.length);
  const problem = useApp(selectFieldProblem(layersPath));
  const id = useId();
  const ks = Array.from({ length: count }, (_v, n) => n + 1);
  return (
    <section className="edit-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Layers</h2>
      <ol className="layer-list">
        {ks.map((k) => (
          // A layer's place L^k is its identity in the network.
          <LayerCard key={`L${k}`} k={k} count={count} />
        ))}
      </ol>
      {problem !== null && (
        <p className="field-problem" role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
      <AddLayer />
    </section>
  );
}

/** Gradient descent: the learning rate α and the batch size. */
function Learning() {
  const learningRate = useApp((state) => state.model.learningRate);
  const batchSize = useApp((state) => state.model.batchSize);
  const edit = useApp((state) => state.edit);
  const id = useId();
  return (
    <section className="edit-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Gradient descent</h2>
      <div className="field-grid">
        <label htmlFor={`${id}-rate`}>
          learning rate <Sym base="α" />
        </label>
        <Field
          id={`${id}-rate`}
          path={learningRatePath}
          value={numberText(learningRate)}
          label="learning rate α"
          numeric
          onCommit={(value) => edit({ kind: 'setLearningRate', value })}
        />
        <label htmlFor={`${id}-batch`}>batch size</label>
        <Field
          id={`${id}-batch`}
          path={batchSizePath}
          value={String(batchSize)}
          label="batch size"
          numeric
          onCommit={(value) => edit({ kind: 'setBatchSize', value })}
        />
      </div>
      <p className="section-note">
        <Sym base="ŵ" /> = <Sym base="w" /> − <Sym base="α" /> . <Sym base="δw" />, after each sample, or
        after each batch of this many samples.
      </p>
    </section>
  );
}

/** The network editor: title, layers, new weights' seed, and gradient descent's settings. */
export function EditPanel() {
  return (
    <div className="edit-panel" data-testid="edit-panel">
      <TitleField />
      <Layers />
      <Initializer />
      <Learning />
    </div>
  );
}
