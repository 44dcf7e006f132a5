/** The embed's postMessage protocol: its name, its version, and the type of every message. */

/** Every message of the protocol has a type starting with this name and a colon: "neural-structure:goto". */
export const protocolName = 'neural-structure';

/** The protocol's version: it changes only for breaking changes, and the `ready` event tells it. */
export const protocolVersion = 1;

/** The commands a page sends to the embed, by short name. */
export const commandNames = ['goto', 'next', 'prev', 'play', 'pause', 'load', 'select'] as const;

/** The events the embed sends to its page, by short name. */
export const eventNames = ['ready', 'step', 'select', 'resize'] as const;

/** The short name of a command. */
export type CommandName = (typeof commandNames)[number];

/** The short name of an event. */
export type EventName = (typeof eventNames)[number];

/** The full type of a message: "neural-structure:" and its short name. */
export type MessageType<Name extends string> = `${typeof protocolName}:${Name}`;

/** The full type of a command or an event, e.g. `messageType('goto')` is "neural-structure:goto". */
export const messageType = <Name extends string>(name: Name): MessageType<Name> => `${protocolName}:${name}`;
