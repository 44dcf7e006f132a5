/** Embedding: options from the address, the versioned postMessage protocol (see docs/embed.md). */
export {
  embedAddress,
  embedCode,
  embedPage,
  embedSandbox,
  embedSize,
  embedTitle,
  escapeAttribute,
  type EmbedChoice,
} from './code';
export { isEmbedQuery, maxSearchLength } from './detect';
export { parseCommand, type Command, type CommandResult } from './commands';
export {
  maxEmbedHeight,
  readyEvent,
  resizeEvent,
  selectEvent,
  stepEvent,
  type EmbedEvent,
  type ReadyEvent,
  type ResizeEvent,
  type SelectEvent,
  type StepEvent,
} from './events';
export { stepLabel } from './label';
export {
  clampToRange,
  controlModes,
  defaultEmbedOptions,
  parseEmbedOptions,
  resolveRange,
  themes,
  type ControlMode,
  type EmbedOptions,
  type EmbedOptionsReading,
  type StepRange,
  type Theme,
} from './options';
export {
  commandNames,
  eventNames,
  messageType,
  protocolName,
  protocolVersion,
  type CommandName,
  type EventName,
  type MessageType,
} from './protocol';
export { openEmbed, type EmbedStart } from './start';
