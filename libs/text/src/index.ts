export * from './digits';
export * from './normalize';
export * from './language';
export * from './arabic-date-error';
export * from './arabic-months';
export * from './arabic-date';
export * from './time-zone';
