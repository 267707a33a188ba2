export * from './enums';
export * from './users';
export * from './catalog';
export * from './releases';
export * from './engagement';
export * from './commerce';
export * from './support';
export * from './relations';
