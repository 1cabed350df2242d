/** Injection tokens of the desk (the classes are their own tokens). */

/** The desk part of TranslateQueueConfig. */
export const DESK_CONFIG = Symbol('DESK_CONFIG');

/** The time now; a fixed clock in unit tests. */
export const CLOCK = Symbol('DESK_CLOCK');
export type Clock = () => Date;

/** The MachineTranslator, or null when MT_URL is unset. */
export const MACHINE_TRANSLATOR = Symbol('MACHINE_TRANSLATOR');
