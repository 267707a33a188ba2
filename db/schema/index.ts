export * from './enums';
export * from './users';
export * from './catalog';
export * from './engagement';
export * from './commerce';
export * from './support';
export * from './relations';
