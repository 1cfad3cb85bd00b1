export type { ListedObject, ObjectInfo, ObjectStore, StorageBackend } from "./object-store.ts";
export { ObjectNotFoundError } from "./object-store.ts";
export { assertValidKey, makeObjectKey } from "./keys.ts";
export type { StorageConfig } from "./config.ts";
export { storageConfigSchema } from "./config.ts";
export { createObjectStore } from "./create-object-store.ts";
export { verifyPresignedFsUrl } from "./fs-presign.ts";
export { attachmentDisposition } from "./content-disposition.ts";
