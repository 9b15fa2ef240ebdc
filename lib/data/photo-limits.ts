/**
 * How many photos one step of an application may hold: a product limit (no source gives one), shared
 * by the flows' answer schemas and the upload store, so a step never accepts what the store refuses.
 */
export const MAX_UPLOADS_PER_APPLICATION = 9;
